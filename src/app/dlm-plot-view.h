/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dlm-theme.h"
#include "dlm-topic.h"

G_BEGIN_DECLS

#define DLM_TYPE_PLOT_VIEW (dlm_plot_view_get_type ())

G_DECLARE_FINAL_TYPE (DlmPlotView, dlm_plot_view, DLM, PLOT_VIEW, GtkWidget)

GtkWidget    *dlm_plot_view_new             (void);
DlmTopic     *dlm_plot_view_get_topic       (DlmPlotView  *self);
void          dlm_plot_view_set_topic       (DlmPlotView  *self,
                                             DlmTopic     *topic);
DlmThemeKind  dlm_plot_view_get_theme_kind  (DlmPlotView  *self);
void          dlm_plot_view_set_theme_kind  (DlmPlotView  *self,
                                             DlmThemeKind  kind);
double        dlm_plot_view_get_zoom        (DlmPlotView  *self);
void          dlm_plot_view_set_zoom        (DlmPlotView  *self,
                                             double        zoom);
double        dlm_plot_view_get_scale       (DlmPlotView  *self);
const char   *dlm_plot_view_get_description (DlmPlotView  *self);
int           dlm_plot_view_get_cursor      (DlmPlotView  *self);
void          dlm_plot_view_pointer_at      (DlmPlotView  *self,
                                             double        x,
                                             double        y);
void          dlm_plot_view_set_idle        (DlmPlotView  *self,
                                             gboolean      idle);
gboolean      dlm_plot_view_get_idle        (DlmPlotView  *self);
void          dlm_plot_view_set_spotlight   (DlmPlotView  *self,
                                             gboolean      spotlight);
gboolean      dlm_plot_view_get_spotlight   (DlmPlotView  *self);
void          dlm_plot_view_show_caption    (DlmPlotView  *self,
                                             const char   *caption);
const char   *dlm_plot_view_get_caption     (DlmPlotView  *self);

G_END_DECLS
