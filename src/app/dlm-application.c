/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-about.h"
#include "dlm-application.h"
#include "dlm-settings.h"
#include "dlm-window.h"

struct _DlmApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *initial_topic;
};

G_DEFINE_FINAL_TYPE (DlmApplication, dlm_application, ADW_TYPE_APPLICATION)

DlmApplication *
dlm_application_new (const char *initial_topic)
{
  DlmApplication *self;

  self = g_object_new (DLM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/dlmath/Explorer",
                       NULL);
  self->initial_topic = g_strdup (initial_topic);

  return self;
}

GSettings *
dlm_application_get_settings (DlmApplication *self)
{
  g_return_val_if_fail (DLM_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* "light" and "dark" force the app's look; "projector" is a light look
 * with the projector figures; "system" follows the desktop. */
static void
dlm_application_apply_theme (DlmApplication *self)
{
  g_autofree char *theme = dlm_settings_get_theme (self->settings);
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (theme, "light") == 0 || g_strcmp0 (theme, "projector") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (theme, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  GtkApplication *app = data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing (rather than quitting) lets each window save its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       data)
{
  dlm_about_show (gtk_application_get_active_window (GTK_APPLICATION (data)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
};

static void
dlm_application_set_accels (DlmApplication *self)
{
  GtkApplication *app = GTK_APPLICATION (self);

  gtk_application_set_accels_for_action (app, "app.quit", (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (app, "win.show-help-overlay", (const char *[]) { "<Control>question", NULL });
  gtk_application_set_accels_for_action (app, "win.export('png')", (const char *[]) { "<Control>e", NULL });
  gtk_application_set_accels_for_action (app, "win.copy-figure", (const char *[]) { "<Control><Shift>c", NULL });
  gtk_application_set_accels_for_action (app, "win.show-sidebar", (const char *[]) { "F9", NULL });
  gtk_application_set_accels_for_action (app, "win.new-seed", (const char *[]) { "<Control>r", NULL });
  gtk_application_set_accels_for_action (app, "win.presentation", (const char *[]) { "F5", NULL });
  gtk_application_set_accels_for_action (app, "win.show-controls", (const char *[]) { "F8", NULL });
  gtk_application_set_accels_for_action (app, "win.zoom-in", (const char *[]) { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL });
  gtk_application_set_accels_for_action (app, "win.zoom-out", (const char *[]) { "<Control>minus", "<Control>KP_Subtract", NULL });
  gtk_application_set_accels_for_action (app, "win.zoom-reset", (const char *[]) { "<Control>0", NULL });
  gtk_application_set_accels_for_action (app, "win.projector", (const char *[]) { "<Control><Shift>p", NULL });
  gtk_application_set_accels_for_action (app, "win.spotlight", (const char *[]) { "<Control>l", NULL });
  gtk_application_set_accels_for_action (app, "win.next-slide", (const char *[]) { "<Control>Page_Down", NULL });
  gtk_application_set_accels_for_action (app, "win.previous-slide", (const char *[]) { "<Control>Page_Up", NULL });
  gtk_application_set_accels_for_action (app, "win.quiz-topic", (const char *[]) { "<Control>k", NULL });
  gtk_application_set_accels_for_action (app, "win.quiz('')", (const char *[]) { "<Control><Shift>k", NULL });

  for (guint i = 1; i <= 9; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.select-topic(uint32 %u)", i);
      g_autofree char *accel = g_strdup_printf ("<Control>%u", i);
      const char *accels[] = { accel, NULL };

      gtk_application_set_accels_for_action (app, action, accels);
    }
}

static void
dlm_application_startup (GApplication *app)
{
  DlmApplication *self = DLM_APPLICATION (app);
  g_autoptr(GAction) theme_action = NULL;

  G_APPLICATION_CLASS (dlm_application_parent_class)->startup (app);

  g_set_application_name (_("DL Math Explorer"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  if (!(self->settings = dlm_settings_new ()))
    return;

  theme_action = g_settings_create_action (self->settings, "theme");
  g_action_map_add_action (G_ACTION_MAP (self), theme_action);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  dlm_application_set_accels (self);

  g_signal_connect_object (self->settings, "changed::theme",
                           G_CALLBACK (dlm_application_apply_theme), self, G_CONNECT_SWAPPED);
  dlm_application_apply_theme (self);
}

/* The start-up benchmark sets DLM_EXIT_AFTER_FIRST_FRAME=1: the app quits
 * as soon as its first frame has been painted, so the whole process time is
 * start-up to first frame. */
static void
quit_after_paint (GdkFrameClock *frame_clock,
                  GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (frame_clock, quit_after_paint, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
quit_on_first_frame (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (quit_after_paint), window, 0);
}

static void
dlm_application_activate (GApplication *app)
{
  DlmApplication *self = DLM_APPLICATION (app);
  GtkWindow *window;

  /* Without its settings schema the app cannot run; startup said why. */
  if (self->settings == NULL)
    return;

  if (!(window = gtk_application_get_active_window (GTK_APPLICATION (app))))
    {
      window = GTK_WINDOW (dlm_window_new (self));

      if (self->initial_topic != NULL && !dlm_window_select_topic (DLM_WINDOW (window), self->initial_topic))
        g_warning ("No topic called “%s”", self->initial_topic);
      if (g_strcmp0 (g_getenv ("DLM_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
        g_signal_connect (window, "map", G_CALLBACK (quit_on_first_frame), NULL);
    }

  gtk_window_present (window);
}

static void
dlm_application_finalize (GObject *object)
{
  DlmApplication *self = (DlmApplication *)object;

  g_clear_object (&self->settings);
  g_clear_pointer (&self->initial_topic, g_free);

  G_OBJECT_CLASS (dlm_application_parent_class)->finalize (object);
}

static void
dlm_application_class_init (DlmApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = dlm_application_finalize;
  app_class->startup = dlm_application_startup;
  app_class->activate = dlm_application_activate;
}

static void
dlm_application_init (DlmApplication *self)
{
}
