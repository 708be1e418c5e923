x = '\N{EM DASH}'
