"""The only package that imports peewee."""
