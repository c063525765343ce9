/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  DLM_FORMAT_PNG,
  DLM_FORMAT_SVG,
  DLM_FORMAT_PDF,
  DLM_FORMAT_CSV,
  DLM_FORMAT_PY,
  DLM_FORMAT_IPYNB,
} DlmFormat;

/* CSV, Python and notebooks are text the topic writes; the others are drawn. */
#define DLM_FORMAT_IS_TEXT(f) ((f) == DLM_FORMAT_CSV || (f) == DLM_FORMAT_PY || \
                               (f) == DLM_FORMAT_IPYNB)

typedef void (*DlmDrawFunc) (cairo_t *cr, double width, double height, gpointer data);

gboolean  dlm_format_from_path  (const char   *path,
                                 DlmFormat    *format,
                                 GError      **error);
GBytes   *dlm_export_to_bytes   (DlmFormat     format,
                                 int           width,
                                 int           height,
                                 DlmDrawFunc   draw,
                                 gpointer      data,
                                 GError      **error);
cairo_surface_t *dlm_export_to_image (int      width,
                                 int           height,
                                 DlmDrawFunc   draw,
                                 gpointer      data);
char     *dlm_export_resolve_target (const char *path,
                                     GError    **error);
gboolean  dlm_write_atomically  (const char   *path,
                                 GBytes       *bytes,
                                 GError      **error);
void      dlm_export_install_signal_cleanup (void);
void      dlm_export_remove_pending         (void);

/* A file written beside its target and put in its place only when
 * complete (what dlm_write_atomically() does with bytes in memory), for
 * writers that stream: begin, write to the descriptor, then commit or
 * abandon; either frees it. */
typedef struct _DlmExportFile DlmExportFile;

DlmExportFile *dlm_export_file_begin    (const char     *path,
                                         GError        **error);
int            dlm_export_file_get_fd   (DlmExportFile  *file);
const char    *dlm_export_file_get_path (DlmExportFile  *file);
gboolean       dlm_export_file_commit   (DlmExportFile  *file,
                                         GError        **error);
void           dlm_export_file_abandon  (DlmExportFile  *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmExportFile, dlm_export_file_abandon)

G_END_DECLS
