"""Printed documents (PDF, ReportLab), built from plain data objects.

Area code builds a :class:`~erp_desktop.reports.document.PdfDocument` and
calls :func:`~erp_desktop.reports.document.render_document`; see
``document.py`` for the model, ``formatting.py`` for numbers and dates,
``fonts.py`` for the embedded fonts and ``specimen.py`` for an example.
No Qt here.
"""
