/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The law-of-large-numbers animation at 1920×1080: the sampling page in a
 * window, its timeline playing for 10 s; frame times come from the plot
 * view's DLM_FRAME_LOG. Then 10⁷ draws are asked for while the animation
 * keeps playing, and the longest gap between painted frames until they
 * are done is reported. Run under xvfb-run with GSK_RENDERER=cairo. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "dlm-sampling-panel.h"
#include "dlm-sampling-topic.h"
#include "dlm-timeline.h"
#include "frames.h"
#include "dlm-topic-page.h"


int
main (int argc, char *argv[])
{
  g_autofree char *log = g_build_filename (g_get_tmp_dir (), "dlm-frames-XXXXXX", NULL);
  g_autoptr(DlmTopic) topic = NULL;
  g_autoptr(GArray) idle = NULL, before = NULL, all = NULL;
  GtkWidget *window, *page, *timeline;
  gint64 asked, done;

  g_close (g_mkstemp (log), NULL);
  g_setenv ("DLM_FRAME_LOG", log, TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  adw_init ();
  topic = dlm_sampling_topic_new ();
  g_assert (dlm_topic_set_param (topic, "draws", "6000", NULL));
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  page = dlm_topic_page_new (topic, DLM_TYPE_SAMPLING_PANEL);
  timeline = bench_show_page (GTK_WINDOW (window), page);
  gtk_window_maximize (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  bench_run_for (2);

  dlm_timeline_set_rate (DLM_TIMELINE (timeline), 600);   /* 6000 draws in 10 s */
  dlm_timeline_restart (DLM_TIMELINE (timeline));
  bench_run_for (0.2);
  idle = bench_read_frames (log);
  dlm_timeline_set_playing (DLM_TIMELINE (timeline), TRUE);
  bench_run_for (10);
  before = bench_read_frames (log);
  bench_report (before, idle->len, before->len, "LLN animation 1920x1080, 10 s");

  /* 10⁷ draws (no faint runs) while the animation plays on */
  dlm_timeline_set_rate (DLM_TIMELINE (timeline), 600);
  dlm_timeline_restart (DLM_TIMELINE (timeline));
  dlm_timeline_set_playing (DLM_TIMELINE (timeline), TRUE);
  bench_run_for (0.5);
  g_clear_pointer (&before, g_array_unref);
  before = bench_read_frames (log);
  asked = g_get_monotonic_time ();
  g_assert (dlm_topic_apply (topic, (const char *[]) { "runs=0", "draws=10000000", NULL }, NULL));
  while (dlm_topic_get_computing (topic))
    g_main_context_iteration (NULL, FALSE) || (g_usleep (200), TRUE);
  done = g_get_monotonic_time ();
  bench_run_for (0.5);
  all = bench_read_frames (log);
  printf ("10^7 draws computed in the background in %.0f ms\n", (done - asked) / 1000.0);
  bench_report (all, before->len, all->len, "frames while computing 10^7 draws");
  g_unlink (log);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
