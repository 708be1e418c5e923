x = f"{'nested'}" + f'{"x"}'
