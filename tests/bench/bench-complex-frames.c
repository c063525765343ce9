/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Lorenz animation at 1920×1080 with 20 001 points per trajectory
 * (t-end = 200): the complex page in a window, its timeline playing for
 * 10 s; frame times come from the plot view's DLM_FRAME_LOG. The same in
 * the rotated 3-D view. Run under xvfb-run with GSK_RENDERER=cairo. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "dlm-complex-panel.h"
#include "dlm-complex-topic.h"
#include "dlm-timeline.h"
#include "frames.h"
#include "dlm-topic-page.h"


static void
play (DlmTopic   *topic,
      GtkWidget  *timeline,
      const char *log,
      const char *what)
{
  g_autoptr(GArray) idle = NULL, after = NULL;

  dlm_timeline_restart (DLM_TIMELINE (timeline));
  bench_run_for (0.3);
  idle = bench_read_frames (log);
  dlm_timeline_set_playing (DLM_TIMELINE (timeline), TRUE);
  bench_run_for (10);
  dlm_timeline_set_playing (DLM_TIMELINE (timeline), FALSE);
  after = bench_read_frames (log);
  bench_report (after, idle->len, after->len, what);
}

int
main (int argc, char *argv[])
{
  g_autofree char *log = g_build_filename (g_get_tmp_dir (), "dlm-frames-XXXXXX", NULL);
  g_autoptr(DlmTopic) topic = NULL;
  GtkWidget *window, *page, *timeline;

  g_close (g_mkstemp (log), NULL);
  g_setenv ("DLM_FRAME_LOG", log, TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  adw_init ();
  topic = dlm_complex_topic_new ();
  g_assert (dlm_topic_apply (topic, (const char *[]) { "view=lorenz", "t-end=200", NULL }, NULL));
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  page = dlm_topic_page_new (topic, DLM_TYPE_COMPLEX_PANEL);
  timeline = bench_show_page (GTK_WINDOW (window), page);
  gtk_window_maximize (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  bench_run_for (2);

  dlm_timeline_set_rate (DLM_TIMELINE (timeline), 20);   /* t = 0 to 200 in 10 s */
  play (topic, timeline, log, "Lorenz x-z animation 1920x1080, 2 x 20001 points, 10 s");
  g_assert (dlm_topic_set_param (topic, "projection", "3d", NULL));
  bench_run_for (0.5);
  play (topic, timeline, log, "Lorenz 3-D animation 1920x1080, 2 x 20001 points, 10 s");
  g_unlink (log);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
