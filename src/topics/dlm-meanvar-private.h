/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "dlm-meanvar.h"
#include "dlm-meanvar-topic.h"

G_BEGIN_DECLS

/* Deviations and their squares get a written value up to this many points. */
#define LABEL_LIMIT 12

struct _DlmMeanvarTopic
{
  DlmTopic         parent_instance;

  char            *data_text;
  GArray          *data;
  char            *compare_text;
  GArray          *compare;        /* NULL: no comparison set */
  int              ddof;
  DlmMeanvarView   view;

  DlmMeanVar       stats;
  DlmMeanVar       compare_stats;
  gboolean         stats_valid;
  gboolean         compare_valid;
  DlmMedian        median;         /* of the data */
  GArray          *modes;          /* the data's most frequent values, ascending */
  guint            mode_count;     /* how often each of them occurs */

  DlmAxesGeometry  panels[2];      /* dots: data, compare; normal: curves;
                                    * squares: Σ(xᵢ − c)², Σ|xᵢ − c| */

  /* A drag in progress: the point held and the y scale it started on, so
   * the axes do not rescale under the pointer. */
  int              drag_index;
  DlmAxesGeometry  drag_geometry;
};

/* What each view does, one table per view file (dlm-meanvar-dots.c,
 * -normal.c, -squares.c); the topic calls the table of the view shown.
 * render draws into the figure's area below the title; the points are
 * the keyboard cursor's, in the coordinates of the last render. */
typedef struct {
  const char *title;               /* N_() marked */
  void      (*render)        (DlmMeanvarTopic *self,
                              cairo_t         *cr,
                              const DlmTheme  *theme,
                              DlmRect          area);
  char     *(*describe)      (DlmMeanvarTopic *self);
  char     *(*formula)       (DlmMeanvarTopic *self);
  char     *(*explanation)   (DlmMeanvarTopic *self);
  void      (*write_csv)     (DlmMeanvarTopic *self,
                              GString         *out);
  void      (*write_summary) (DlmMeanvarTopic *self,
                              GString         *out);
  gboolean  (*probe)         (DlmMeanvarTopic *self,
                              double           x,
                              double           y,
                              DlmProbe        *probe);
  guint     (*count_points)  (DlmMeanvarTopic *self,
                              guint           *row_length);
  gboolean  (*get_point)     (DlmMeanvarTopic *self,
                              guint            index,
                              DlmProbe        *point);
} DlmMeanvarViewClass;

extern const DlmMeanvarViewClass dlm_meanvar_dots_view;
extern const DlmMeanvarViewClass dlm_meanvar_normal_view;
extern const DlmMeanvarViewClass dlm_meanvar_squares_view;

/* Shared by the topic and its views. */
const double *dlm_meanvar_values_of     (GArray          *array);
double        dlm_meanvar_value_at      (GArray          *array,
                                         guint            i);
char         *dlm_meanvar_label_number  (double           value);
char         *dlm_meanvar_signed_label  (double           value);
const char   *dlm_meanvar_divisor_term  (DlmMeanvarTopic *self);
const char   *dlm_meanvar_divisor_name  (DlmMeanvarTopic *self);
int           dlm_meanvar_nearest_index (const DlmAxesGeometry *g,
                                         GArray          *values,
                                         double           x);
/* The summary keys of one data set's spread, each with @prefix. */
void          dlm_meanvar_add_spread    (GString          *out,
                                         const char       *prefix,
                                         const DlmMeanVar *stats);
/* @values as a list: "4", "1, 2 and 3". */
char         *dlm_meanvar_list_values   (GArray          *values);
/* "the mode is 4, occurring 3 times", "the modes are 1, 2 and 3, …",
 * "every value occurs once, so there is no mode". */
char         *dlm_meanvar_mode_words    (DlmMeanvarTopic *self);

/* The code card (dlm-meanvar-code.c). */
void          dlm_meanvar_write_code      (DlmTopic        *topic,
                                           GString         *out);
void          dlm_meanvar_write_plot_code (DlmTopic        *topic,
                                           GString         *out);

G_END_DECLS
