/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dlm-plot-view.h"

G_BEGIN_DECLS

#define DLM_TYPE_STAGE_WINDOW (dlm_stage_window_get_type ())

G_DECLARE_FINAL_TYPE (DlmStageWindow, dlm_stage_window, DLM, STAGE_WINDOW, GtkWindow)

/* The figure alone, full screen on a second monitor (the projector),
 * while the main window keeps the controls. @actions answer the app's
 * shortcuts pressed on it (the main window's "win" actions). */
DlmStageWindow *dlm_stage_window_new          (GtkApplication *application,
                                               GActionGroup   *actions);
DlmPlotView    *dlm_stage_window_get_plot_view (DlmStageWindow *self);
void            dlm_stage_window_present_on   (DlmStageWindow *self,
                                               GdkMonitor     *monitor);
GdkMonitor     *dlm_stage_window_get_monitor  (DlmStageWindow *self);
void            dlm_stage_window_set_blank    (DlmStageWindow *self,
                                               gboolean        blank);

G_END_DECLS
