"""The citizen's own data: /mijngegevens shows and sends it, /vergeetmij erases it."""
