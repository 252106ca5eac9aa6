"""Excel import/export (openpyxl). Every workbook we write shares the look in style.py."""
