/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-stage-window.h"

/* What the room sees: the topic's figure drawn by a DlmPlotView of its
 * own (the same model as the main window's page, so every change the
 * teacher makes shows at once), in the projector colours, on black. */
struct _DlmStageWindow
{
  GtkWindow    parent_instance;

  DlmPlotView *plot_view;
  GdkMonitor  *monitor;
};

G_DEFINE_FINAL_TYPE (DlmStageWindow, dlm_stage_window, GTK_TYPE_WINDOW)

DlmStageWindow *
dlm_stage_window_new (GtkApplication *application,
                      GActionGroup   *actions)
{
  DlmStageWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_ACTION_GROUP (actions), NULL);

  self = g_object_new (DLM_TYPE_STAGE_WINDOW, "application", application, NULL);
  /* the app's accelerators name "win." actions: the main window's */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "win", actions);

  return self;
}

DlmPlotView *
dlm_stage_window_get_plot_view (DlmStageWindow *self)
{
  g_return_val_if_fail (DLM_IS_STAGE_WINDOW (self), NULL);

  return self->plot_view;
}

/* Full screen on @monitor. The window asks for the monitor's size too,
 * so that it covers the monitor even where nothing grants full screen
 * (no window manager), instead of keeping the size it got on the
 * monitor it started on. */
void
dlm_stage_window_present_on (DlmStageWindow *self,
                             GdkMonitor     *monitor)
{
  GdkRectangle geometry;

  g_return_if_fail (DLM_IS_STAGE_WINDOW (self));
  g_return_if_fail (GDK_IS_MONITOR (monitor));

  g_set_object (&self->monitor, monitor);
  gdk_monitor_get_geometry (monitor, &geometry);
  gtk_widget_set_size_request (GTK_WIDGET (self), geometry.width, geometry.height);
  gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  gtk_window_present (GTK_WINDOW (self));
}

GdkMonitor *
dlm_stage_window_get_monitor (DlmStageWindow *self)
{
  g_return_val_if_fail (DLM_IS_STAGE_WINDOW (self), NULL);

  return self->monitor;
}

/* A blank screen is black, like a projector's mute. */
void
dlm_stage_window_set_blank (DlmStageWindow *self,
                            gboolean        blank)
{
  g_return_if_fail (DLM_IS_STAGE_WINDOW (self));

  gtk_widget_set_opacity (GTK_WIDGET (self->plot_view), blank ? 0.0 : 1.0);
}

static void
dlm_stage_window_dispose (GObject *object)
{
  DlmStageWindow *self = (DlmStageWindow *)object;

  g_clear_object (&self->monitor);
  /* the window's own child: GtkWindow lets go of it, then the template */
  gtk_window_set_child (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_STAGE_WINDOW);

  G_OBJECT_CLASS (dlm_stage_window_parent_class)->dispose (object);
}

static void
dlm_stage_window_class_init (DlmStageWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_stage_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-stage-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmStageWindow, plot_view);

  g_type_ensure (DLM_TYPE_PLOT_VIEW);
}

static void
dlm_stage_window_init (DlmStageWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  dlm_plot_view_set_theme_kind (self->plot_view, DLM_THEME_PROJECTOR);
}
