/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Presentation mode at 1920×1080 with the projector theme: the app's own
 * window, its sidebar, header bar and controls hidden, each animated topic
 * playing for about 5 s — the transpose flip, the matrix product's steps,
 * the law of large numbers, the Lorenz trajectories. Frame times come
 * from the plot view's DLM_FRAME_LOG. Run under xvfb-run (no window
 * manager there grants fullscreen, so the window is given the screen's
 * size); GSK_RENDERER=cairo unless set. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "dlm-application.h"
#include "dlm-timeline.h"
#include "dlm-window-private.h"
#include "frames.h"

#define SECONDS 5.0

/* Each animation starts over whenever it ends. The matrix product gets
 * 8×8 inputs and one step per frame, its worst case (by default it steps
 * once a second and draws only then); the others run at their panels'
 * rates. */
typedef struct {
  const char *topic;
  const char *assignments[4];
  double      rate;           /* 0: the panel's */
  const char *what;
} Animation;

static const Animation animations[] = {
  { "transpose", { "view=flip", NULL }, 0, "transpose flip" },
  { "matmul", { "view=steps",
                "a=1 2 3 4 5 6 7 8; 2 3 4 5 6 7 8 9; 3 4 5 6 7 8 9 1; 4 5 6 7 8 9 1 2; "
                "5 6 7 8 9 1 2 3; 6 7 8 9 1 2 3 4; 7 8 9 1 2 3 4 5; 8 9 1 2 3 4 5 6",
                "b=1 0 0 0 0 0 0 1; 0 1 0 0 0 0 1 0; 0 0 1 0 0 1 0 0; 0 0 0 1 1 0 0 0; "
                "1 1 1 1 1 1 1 1; 2 0 2 0 2 0 2 0; 0 3 0 3 0 3 0 3; 1 2 3 4 5 6 7 8",
                NULL }, 60, "matmul steps 8x8, one step per frame" },
  { "sampling", { "view=lln", NULL }, 0, "sampling law of large numbers" },
  { "complex", { "view=lorenz", NULL }, 0, "complex Lorenz" },
};

static void
play_for (DlmTimeline *timeline,
          double       seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      if (!dlm_timeline_get_playing (timeline))
        {
          dlm_timeline_restart (timeline);
          dlm_timeline_set_playing (timeline, TRUE);
        }
      g_main_context_iteration (NULL, FALSE) || (g_usleep (200), TRUE);
    }
  dlm_timeline_set_playing (timeline, FALSE);
}

static void
play (DlmWindow       *window,
      const Animation *animation,
      const char      *log)
{
  DlmTopic *topic = dlm_window_get_topic (window, animation->topic);
  g_autoptr(GArray) idle = NULL, after = NULL;
  g_autofree char *what = NULL;
  GtkWidget *timeline;
  DlmTopicPage *page;

  g_assert (dlm_topic_apply (topic, animation->assignments, NULL));
  g_assert (dlm_window_select_topic (window, animation->topic));
  bench_run_for (1.0);

  page = dlm_window_get_page (window);
  timeline = bench_find_timeline (GTK_WIDGET (dlm_topic_page_get_panel (page)));
  g_assert (timeline != NULL);
  g_assert (!dlm_topic_page_get_show_controls (page));
  if (animation->rate > 0)
    dlm_timeline_set_rate (DLM_TIMELINE (timeline), animation->rate);

  dlm_timeline_restart (DLM_TIMELINE (timeline));
  bench_run_for (0.3);
  idle = bench_read_frames (log);
  play_for (DLM_TIMELINE (timeline), SECONDS);
  after = bench_read_frames (log);

  what = g_strdup_printf ("presentation, projector theme, %dx%d: %s, %.0f s",
                          gtk_widget_get_width (GTK_WIDGET (dlm_topic_page_get_plot_view (page))),
                          gtk_widget_get_height (GTK_WIDGET (dlm_topic_page_get_plot_view (page))),
                          animation->what, SECONDS);
  bench_report (after, idle->len, after->len, what);
}

int
main (int argc, char *argv[])
{
  g_autofree char *log = g_build_filename (g_get_tmp_dir (), "dlm-frames-XXXXXX", NULL);
  g_autoptr(DlmApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  DlmWindow *window;

  g_close (g_mkstemp (log), NULL);
  g_setenv ("DLM_FRAME_LOG", log, TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();

  app = dlm_application_new (NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Cannot register the application: %s", error->message);
  g_application_activate (G_APPLICATION (app));
  window = DLM_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  g_settings_set_string (dlm_application_get_settings (app), "theme", "projector");
  g_settings_set_boolean (dlm_application_get_settings (app), "show-welcome", FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  bench_run_for (1.0);
  g_action_group_change_action_state (G_ACTION_GROUP (window), "presentation",
                                      g_variant_new_boolean (TRUE));
  bench_run_for (1.0);

  for (guint i = 0; i < G_N_ELEMENTS (animations); i++)
    play (window, &animations[i], log);

  g_unlink (log);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
