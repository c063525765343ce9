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

  DlmAxesGeometry  panels[2];      /* dots: data, compare; normal: curves */

  /* A drag in progress: the point held and the y scale it started on, so
   * the axes do not rescale under the pointer. */
  int              drag_index;
  DlmAxesGeometry  drag_geometry;
};

/* Shared by the topic and its dot view (dlm-meanvar-dots.c). */
const double *dlm_meanvar_values_of     (GArray          *array);
double        dlm_meanvar_value_at      (GArray          *array,
                                         guint            i);
char         *dlm_meanvar_label_number  (double           value);
char         *dlm_meanvar_signed_label  (double           value);
const char   *dlm_meanvar_divisor_term  (DlmMeanvarTopic *self);

/* The dot view, into the figure's area below its title. */
void          dlm_meanvar_render_dots   (DlmMeanvarTopic *self,
                                         cairo_t         *cr,
                                         const DlmTheme  *theme,
                                         DlmRect          area);

G_END_DECLS
