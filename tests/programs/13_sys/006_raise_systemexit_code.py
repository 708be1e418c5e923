# raise SystemExit(42) is the same as sys.exit(42); uncaught, it sets the exit status.
print("raising SystemExit(42)")
raise SystemExit(42)
