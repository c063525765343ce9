/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-bench"
#include "config.h"

#include <adwaita.h>

/* The baseline for the start-up benchmark: the smallest libadwaita app
 * (an AdwApplicationWindow holding a header bar), the same size as dlmath's
 * default window. It quits once its first frame has been painted, which is
 * what dlmath does when DLM_EXIT_AFTER_FIRST_FRAME=1. */

static void
on_after_paint (GdkFrameClock *frame_clock,
                GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
on_map (GtkWidget *window)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_object (frame_clock, "after-paint",
                           G_CALLBACK (on_after_paint), window, 0);
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header_bar = adw_header_bar_new ();

  gtk_box_append (GTK_BOX (box), header_bar);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare libadwaita window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app =
    adw_application_new ("io.github.dlmath.BareWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
