/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Frame-time helpers shared by the animation benchmarks. */
#include "config.h"

#include <stdio.h>

#include "dlm-timeline.h"
#include "dlm-topic-page.h"
#include "frames.h"

GtkWidget *
bench_find_timeline (GtkWidget *widget)
{
  if (DLM_IS_TIMELINE (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = bench_find_timeline (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Shows a topic page with its controls beside it, as the window's one
 * controls column does, and returns the controls' timeline (or NULL). */
GtkWidget *
bench_show_page (GtkWindow *window,
                 GtkWidget *page)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *panel = GTK_WIDGET (dlm_topic_page_get_panel (DLM_TOPIC_PAGE (page)));

  gtk_widget_set_hexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), panel);
  gtk_window_set_child (window, box);
  return bench_find_timeline (panel);
}

void
bench_run_for (double seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (200), TRUE);
}

/* Frame times (µs) logged since line @from. */
GArray *
bench_read_frames (const char *path)
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
bench_compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

void
bench_report (GArray *times, guint from, guint to, const char *what)
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
  g_array_sort (gaps, bench_compare_double);
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
