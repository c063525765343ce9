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
#include "dlm-topic-page.h"

static GtkWidget *
find_timeline (GtkWidget *widget)
{
  if (DLM_IS_TIMELINE (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_timeline (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
run_for (double seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (200), TRUE);
}

/* Frame times (µs) logged since line @from. */
static GArray *
read_frames (const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GArray *times = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_file_get_contents (path, &text, NULL, NULL);
  lines = g_strsplit (text ? text : "", "\n", -1);
  for (guint i = 0; lines[i] && lines[i][0]; i++)
    {
      gint64 t = g_ascii_strtoll (lines[i], NULL, 10);
      g_array_append_val (times, t);
    }
  return times;
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
report (GArray *times, guint from, guint to, const char *what)
{
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (double));
  guint dropped = 0;
  double max = 0;

  for (guint i = from + 1; i < to; i++)
    {
      double gap = (g_array_index (times, gint64, i) - g_array_index (times, gint64, i - 1)) / 1000.0;
      g_array_append_val (gaps, gap);
      dropped += gap > 1.5 * 1000.0 / 60 ? (guint) (gap / (1000.0 / 60) + 0.5) - 1 : 0;
      max = MAX (max, gap);
    }
  g_array_sort (gaps, compare_double);
  if (gaps->len == 0)
    {
      printf ("%s: no frames\n", what);
      return;
    }
  printf ("%s: %u frames, frame interval p50 %.1f ms, p99 %.1f ms, longest %.1f ms, "
          "dropped frames at 60 Hz: %u\n", what, gaps->len + 1,
          g_array_index (gaps, double, gaps->len / 2),
          g_array_index (gaps, double, MIN (gaps->len - 1, (guint) (gaps->len * 0.99))), max, dropped);
}

static void
play (DlmTopic   *topic,
      GtkWidget  *timeline,
      const char *log,
      const char *what)
{
  g_autoptr(GArray) idle = NULL, after = NULL;

  dlm_timeline_restart (DLM_TIMELINE (timeline));
  run_for (0.3);
  idle = read_frames (log);
  dlm_timeline_set_playing (DLM_TIMELINE (timeline), TRUE);
  run_for (10);
  dlm_timeline_set_playing (DLM_TIMELINE (timeline), FALSE);
  after = read_frames (log);
  report (after, idle->len, after->len, what);
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
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_maximize (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  run_for (2);

  timeline = find_timeline (page);
  dlm_timeline_set_rate (DLM_TIMELINE (timeline), 20);   /* t = 0 to 200 in 10 s */
  play (topic, timeline, log, "Lorenz x-z animation 1920x1080, 2 x 20001 points, 10 s");
  g_assert (dlm_topic_set_param (topic, "projection", "3d", NULL));
  run_for (0.5);
  play (topic, timeline, log, "Lorenz 3-D animation 1920x1080, 2 x 20001 points, 10 s");
  g_unlink (log);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
