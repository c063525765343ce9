/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-welcome-card.h"

/* A card above the figure on the first start, listing the shortcuts a
 * teacher needs first. It never takes the focus (keyboard users reach
 * its button with Tab) and goes for good once dismissed. */
struct _DlmWelcomeCard
{
  GtkWidget    parent_instance;

  GSettings   *settings;

  GtkRevealer *revealer;
};

G_DEFINE_FINAL_TYPE (DlmWelcomeCard, dlm_welcome_card, GTK_TYPE_WIDGET)

static void
on_show_welcome_changed (DlmWelcomeCard *self)
{
  gtk_revealer_set_reveal_child (self->revealer,
                                 g_settings_get_boolean (self->settings, "show-welcome"));
}

void
dlm_welcome_card_set_settings (DlmWelcomeCard *self,
                               GSettings      *settings)
{
  g_return_if_fail (DLM_IS_WELCOME_CARD (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, on_show_welcome_changed, self);
  g_set_object (&self->settings, settings);

  g_signal_connect_object (settings, "changed::show-welcome",
                           G_CALLBACK (on_show_welcome_changed), self, G_CONNECT_SWAPPED);
  on_show_welcome_changed (self);
}

gboolean
dlm_welcome_card_get_revealed (DlmWelcomeCard *self)
{
  g_return_val_if_fail (DLM_IS_WELCOME_CARD (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

void
dlm_welcome_card_dismiss (DlmWelcomeCard *self)
{
  g_return_if_fail (DLM_IS_WELCOME_CARD (self));

  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "show-welcome", FALSE);
}

static void
on_got_it_clicked (DlmWelcomeCard *self)
{
  dlm_welcome_card_dismiss (self);
}

static void
dlm_welcome_card_dispose (GObject *object)
{
  DlmWelcomeCard *self = (DlmWelcomeCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_WELCOME_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dlm_welcome_card_parent_class)->dispose (object);
}

static void
dlm_welcome_card_class_init (DlmWelcomeCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_welcome_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-welcome-card.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmWelcomeCard, revealer);
  gtk_widget_class_bind_template_callback (widget_class, on_got_it_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "welcomecard");
}

static void
dlm_welcome_card_init (DlmWelcomeCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
