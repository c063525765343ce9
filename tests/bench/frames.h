/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

/* For the animation benchmarks: the plot view logs one frame time (µs) a
 * line to DLM_FRAME_LOG; these read and summarise it. */
GtkWidget *bench_find_timeline (GtkWidget  *widget);
GtkWidget *bench_show_page     (GtkWindow  *window,
                                GtkWidget  *page);
void       bench_run_for       (double      seconds);
GArray    *bench_read_frames   (const char *path);
void       bench_report        (GArray     *times,
                                guint       from,
                                guint       to,
                                const char *what);
