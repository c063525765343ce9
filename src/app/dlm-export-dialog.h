/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dlm-export.h"
#include "dlm-theme.h"
#include "dlm-topic.h"

G_BEGIN_DECLS

#define DLM_TYPE_EXPORT_DIALOG (dlm_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DlmExportDialog, dlm_export_dialog, DLM, EXPORT_DIALOG, GObject)

/* Asks where (and for figures: how big, in which theme) to save a topic's
 * figure or data, writes it atomically and reports the outcome with a toast
 * or an error dialog. It keeps itself alive until it is done. */
DlmExportDialog *dlm_export_dialog_new       (GtkWindow        *parent,
                                              AdwToastOverlay  *toasts,
                                              DlmTopic         *topic,
                                              DlmFormat         format,
                                              int               view_width,
                                              int               view_height,
                                              DlmThemeKind      view_theme);
void             dlm_export_dialog_present   (DlmExportDialog  *self);

gboolean         dlm_export_topic_to_file    (DlmTopic         *topic,
                                              const char       *path,
                                              DlmFormat         format,
                                              int               width,
                                              int               height,
                                              DlmThemeKind      theme,
                                              GError          **error);
GdkTexture      *dlm_export_topic_to_texture (DlmTopic         *topic,
                                              int               width,
                                              int               height,
                                              int               scale_factor,
                                              DlmThemeKind      theme);
const char      *dlm_format_get_extension    (DlmFormat         format);
void             dlm_export_show_saved       (AdwToastOverlay  *toasts,
                                              const char       *path);
void             dlm_export_show_error       (GtkWindow        *parent,
                                              const char       *message);

G_END_DECLS
