import sys

from bot.cli import main

# The export worker starts with "spawn", which imports this module again in the child:
# only the real program start may run the command line.
if __name__ == "__main__":
    sys.exit(main())
