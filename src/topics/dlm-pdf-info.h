/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The document information of the PDF being drawn with @cr: its title
 * and "DL Math Explorer" as its creator. No creation date is written
 * (Cairo 1.16 writes the time of the export unless told otherwise), so
 * that the same document gives the same bytes every time. Does nothing
 * when @cr does not draw a PDF. */
void  dlm_pdf_set_info     (cairo_t    *cr,
                            const char *title);
/* An entry of the PDF's outline (its bookmarks) that opens page @page
 * (from 1), under @parent (0: at the top level). Returns the entry's id
 * for its children; 0 when @cr does not draw a PDF. */
int   dlm_pdf_add_outline  (cairo_t    *cr,
                            int         parent,
                            const char *text,
                            int         page);

G_END_DECLS
