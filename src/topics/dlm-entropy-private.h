/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "dlm-assign-order.h"
#include "dlm-entropy-topic.h"

G_BEGIN_DECLS

/* One probability field: the text as typed, its values as typed, and the
 * distribution used (rescaled to total 1 when the typed total was not 1). */
typedef struct {
  char    *text;
  GArray  *typed;
  GArray  *used;
  double   total;
  gboolean normalised;
} Dist;

struct _DlmEntropyTopic
{
  DlmTopic          parent_instance;

  DlmEntropyView    view;
  DlmEntropyBase    base;
  DlmEntropyTarget  target;
  double            p;
  int               truth;
  Dist              dist;
  Dist              q;

  DlmAxesGeometry   panel;
  int               drag_index;
  DlmAxesGeometry   drag_geometry;
  GArray           *drag_start;     /* dist when the drag began */
  DlmAssignOrder   assigned;   /* which parameter came last, for check_state */
};

/* The numbers of the cross-entropy view, in the chosen base. */
typedef struct {
  double entropy, cross, kl, q_true;
} Cross;

/* Shared by the topic and its views (dlm-entropy-views.c). */
double        dlm_entropy_topic_base_value   (DlmEntropyTopic *self);
const char   *dlm_entropy_topic_unit         (DlmEntropyTopic *self);
const char   *dlm_entropy_topic_log_markup   (DlmEntropyTopic *self);
const double *dlm_entropy_topic_values       (GArray          *array);
char         *dlm_entropy_topic_short_number (double           value);
char         *dlm_entropy_topic_amount       (DlmEntropyTopic *self,
                                              double           value);
GArray       *dlm_entropy_topic_truth_distribution (DlmEntropyTopic *self);
Cross         dlm_entropy_topic_cross_numbers (DlmEntropyTopic *self);
double        dlm_entropy_topic_dist_entropy (DlmEntropyTopic *self);
double        dlm_entropy_topic_binary_func  (double           x,
                                              gpointer         data);

/* The views, each into the figure's area below its title. */
void          dlm_entropy_render_binary       (DlmEntropyTopic *self,
                                               cairo_t         *cr,
                                               const DlmTheme  *theme,
                                               DlmRect          area);
void          dlm_entropy_render_distribution (DlmEntropyTopic *self,
                                               cairo_t         *cr,
                                               const DlmTheme  *theme,
                                               DlmRect          area);
void          dlm_entropy_render_cross        (DlmEntropyTopic *self,
                                               cairo_t         *cr,
                                               const DlmTheme  *theme,
                                               DlmRect          area);

/* The code card (dlm-entropy-code.c). */
void          dlm_entropy_write_code          (DlmTopic        *topic,
                                               GString         *out);
void          dlm_entropy_write_plot_code     (DlmTopic        *topic,
                                               GString         *out);

G_END_DECLS
