/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dlm-seeding-panel.h"
#include "dlm-seeding-topic.h"

struct _DlmSeedingPanel
{
  DlmTopicPanel   parent_instance;

  GtkLabel       *convention_error;
  GtkLabel       *distribution_error;
  GtkSpinButton  *count_spin;
  GtkWidget      *count_row;
  GtkLabel       *count_error;
  GtkSpinButton  *low_spin;
  GtkWidget      *low_row;
  GtkLabel       *low_error;
  GtkSpinButton  *high_spin;
  GtkWidget      *high_row;
  GtkLabel       *high_error;
  GtkLabel       *snippet_label;
};

G_DEFINE_FINAL_TYPE (DlmSeedingPanel, dlm_seeding_panel, DLM_TYPE_TOPIC_PANEL)

static DlmSeedingTopic *
get_topic (DlmSeedingPanel *self)
{
  return DLM_SEEDING_TOPIC (dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self)));
}

/* The snippet follows every change, the global seed included. */
static void
sync_from_topic (DlmSeedingPanel *self)
{
  DlmSeedingTopic *topic = get_topic (self);
  g_autofree char *snippet = dlm_seeding_topic_get_snippet (topic);

  gtk_label_set_text (self->snippet_label, snippet);
}

static void
copy_snippet (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DlmSeedingPanel *self = DLM_SEEDING_PANEL (widget);
  g_autofree char *snippet = dlm_seeding_topic_get_snippet (get_topic (self));
  GtkWidget *overlay;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), snippet);
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Code copied")));
}

static void
dlm_seeding_panel_constructed (GObject *object)
{
  DlmSeedingPanel *self = (DlmSeedingPanel *)object;
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  G_OBJECT_CLASS (dlm_seeding_panel_parent_class)->constructed (object);

  dlm_topic_panel_bind_choice (panel, "convention", self->convention_error);
  dlm_topic_panel_bind_choice (panel, "distribution", self->distribution_error);
  dlm_topic_panel_bind_spin_button (panel, "count", self->count_spin, self->count_row, self->count_error);
  dlm_topic_panel_bind_spin_button (panel, "low", self->low_spin, self->low_row, self->low_error);
  dlm_topic_panel_bind_spin_button (panel, "high", self->high_spin, self->high_row, self->high_error);

  g_signal_connect_object (get_topic (self), "changed", G_CALLBACK (sync_from_topic), self,
                           G_CONNECT_SWAPPED);
  sync_from_topic (self);
  /* low and high only matter for integers */
  dlm_topic_panel_show_when (panel, self->low_row, "distribution", "integers");
  dlm_topic_panel_show_when (panel, self->high_row, "distribution", "integers");
}

static void
dlm_seeding_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_SEEDING_PANEL);

  G_OBJECT_CLASS (dlm_seeding_panel_parent_class)->dispose (object);
}

static void
dlm_seeding_panel_class_init (DlmSeedingPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_seeding_panel_constructed;
  object_class->dispose = dlm_seeding_panel_dispose;

  gtk_widget_class_install_action (widget_class, "seeding.copy-snippet", NULL, copy_snippet);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-seeding-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, convention_error);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, distribution_error);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, count_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, count_row);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, count_error);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, low_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, low_row);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, low_error);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, high_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, high_row);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, high_error);
  gtk_widget_class_bind_template_child (widget_class, DlmSeedingPanel, snippet_label);
}

static void
dlm_seeding_panel_init (DlmSeedingPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
