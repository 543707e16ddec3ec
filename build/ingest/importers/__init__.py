"""Importers: raw news as people have it (saved pages, web archives, article dumps) to NAME.txt + NAME.yaml."""
