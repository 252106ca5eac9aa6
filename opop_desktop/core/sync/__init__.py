"""Sync bundles: signed files carrying set-up down and results up, merged without loss.

keys (device keys, trust, sealing) · bundle (file format, write, read, verify) · tables (which
tables travel, row (de)serialisation) · export · merge (decision table) · conflicts · receipts
(and sequence gaps) · dump (canonical content dump) · importer (preview/apply of files).
"""
