x = '\d \w \q'
