/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <cairo-pdf.h>

#include "dlm-pdf-info.h"

static cairo_surface_t *
pdf_target (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);

  return cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF ? target : NULL;
}

void
dlm_pdf_set_info (cairo_t    *cr,
                  const char *title)
{
  cairo_surface_t *target;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (title != NULL);

  if ((target = pdf_target (cr)) == NULL)
    return;
  cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_CREATOR, "DL Math Explorer");
  /* An empty date leaves /CreationDate out; a fixed one would not do
   * either, as Cairo 1.16 writes it without the "D:" PDF dates start with. */
  cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_CREATE_DATE, "");
}

int
dlm_pdf_add_outline (cairo_t    *cr,
                     int         parent,
                     const char *text,
                     int         page)
{
  cairo_surface_t *target;
  g_autofree char *link = NULL;

  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (page >= 1, 0);

  if ((target = pdf_target (cr)) == NULL)
    return 0;
  link = g_strdup_printf ("page=%d", page);
  return cairo_pdf_surface_add_outline (target, parent, text, link, 0);
}
