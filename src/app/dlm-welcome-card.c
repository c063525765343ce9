/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlm-welcome-card.h"

/* A card at the foot of the sidebar on the first start, listing the
 * shortcuts a teacher needs first; the figure keeps all of its room. It
 * never takes the focus (keyboard users reach its button with Tab) and
 * goes for good once dismissed. */
struct _DlmWelcomeCard
{
  GtkWidget    parent_instance;

  GSettings   *settings;

  GtkRevealer *revealer;
  GtkBox      *shortcuts_box;
};

G_DEFINE_FINAL_TYPE (DlmWelcomeCard, dlm_welcome_card, GTK_TYPE_WIDGET)

/* The same accelerators as the application sets (space-separated
 * alternatives), and what they do. */
static const struct {
  const char *accelerators;
  const char *what;
} shortcuts[] = {
  { "F5", N_("Present") },
  { "Page_Down Page_Up", N_("Next or previous slide") },
  { "<Control>k", N_("Quiz on this topic") },
  { "<Control>question", N_("All keyboard shortcuts") },
};

static void
append_keycap (GtkBox     *box,
               const char *text)
{
  GtkWidget *label;

  /* keys pressed together are joined by a "+", as GtkShortcutLabel does */
  if (gtk_widget_get_last_child (GTK_WIDGET (box)) != NULL &&
      gtk_widget_has_css_class (gtk_widget_get_last_child (GTK_WIDGET (box)), "keycap"))
    {
      GtkWidget *plus = gtk_label_new ("+");

      gtk_widget_add_css_class (plus, "dim-label");
      gtk_box_append (box, plus);
    }

  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "keycap");
  gtk_box_append (box, label);
}

/* Keycaps as GNOME writes them ("Page Down", "Ctrl"), one per key:
 * gtk_accelerator_get_label() names keys the way menus do, where
 * GtkShortcutLabel leaves some untranslated key names ("Page_Down") in
 * an English locale. */
static void
append_keycaps (GtkBox     *box,
                const char *accelerator)
{
  static const GdkModifierType modifiers[] = { GDK_CONTROL_MASK, GDK_SHIFT_MASK, GDK_ALT_MASK };
  GdkModifierType mods;
  guint key;

  if (!gtk_accelerator_parse (accelerator, &key, &mods))
    g_error ("Bad accelerator %s in the welcome card", accelerator);

  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (mods & modifiers[i])
      {
        g_autofree char *text = gtk_accelerator_get_label (0, modifiers[i]);

        /* "Ctrl+" without its joining plus */
        if (g_str_has_suffix (text, "+"))
          text[strlen (text) - 1] = '\0';
        append_keycap (box, text);
      }

  {
    g_autofree char *text = gtk_accelerator_get_label (key, 0);

    append_keycap (box, text);
  }
}

/* What a shortcut does and its keys: the keys below the words in the
 * sidebar, beside them when the sidebar fills a folded window (see
 * dlm_welcome_card_set_wide()). */
static GtkWidget *
shortcut_row_new (const char *accelerators,
                  const char *what)
{
  g_auto(GStrv) alternatives = g_strsplit (accelerators, " ", -1);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *keys = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (what);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* the card follows the sidebar's width rather than widening it */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);

  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      if (i > 0)
        {
          GtkWidget *slash = gtk_label_new ("/");

          gtk_widget_add_css_class (slash, "dim-label");
          gtk_box_append (GTK_BOX (keys), slash);
        }
      append_keycaps (GTK_BOX (keys), alternatives[i]);
    }
  gtk_widget_add_css_class (keys, "keycaps");
  gtk_widget_set_valign (keys, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), keys);

  return row;
}

void
dlm_welcome_card_set_wide (DlmWelcomeCard *self,
                           gboolean        wide)
{
  g_return_if_fail (DLM_IS_WELCOME_CARD (self));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->shortcuts_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (row),
                                      wide ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
      gtk_box_set_spacing (GTK_BOX (row), wide ? 12 : 4);
    }
}

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
  gtk_widget_class_bind_template_child (widget_class, DlmWelcomeCard, shortcuts_box);
  gtk_widget_class_bind_template_callback (widget_class, on_got_it_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "welcomecard");
}

static void
dlm_welcome_card_init (DlmWelcomeCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_box_append (self->shortcuts_box,
                    shortcut_row_new (shortcuts[i].accelerators, _(shortcuts[i].what)));
}
