/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-assign-order.h"
#include "dlm-explog-topic.h"
#include "dlm-plot.h"

G_BEGIN_DECLS

struct _DlmExplogTopic
{
  DlmTopic         parent_instance;

  DlmExplogView    view;
  DlmExplogBase    base;
  double           xmin;
  double           xmax;
  double           p;
  int              n;

  /* where the last render put its axes: the plot, the precision view's
   * two panels or the stretch view's three strips */
  DlmAxesGeometry  panels[3];
  DlmAssignOrder   assigned;   /* which parameter came last, for check_state */
};

/* Everything that names or uses the chosen base, in one table. A figure
 * names its logarithm one way only, the way that fits the base: ln for
 * base e, log₂ and log₁₀ for the others. */
typedef struct {
  double      value;
  const char *symbol;       /* "e": also the markup of the base */
  const char *exp_markup;   /* "eˣ" as markup */
  const char *exp_plain;    /* for read-outs, which are plain text */
  const char *log_markup;   /* "ln": the name of the logarithm */
  const char *log_plain;
  int         power;        /* a worked example: log (base^power) = power */
} BaseInfo;

const BaseInfo *dlm_explog_base_info  (DlmExplogTopic *self);
double          dlm_explog_base_value (DlmExplogTopic *self);
/* One CSV row: its 0-based index, then @n numbers. */
void            dlm_explog_csv_row    (GString        *out,
                                       guint           index,
                                       const double   *values,
                                       guint           n);

/* The views with the most words of their own, each in its own file: what
 * the view draws, exports, and says about it. */

/* dlm-explog-stretch.c: ten values on linear and logarithmic axes */
void      dlm_explog_render_stretch          (DlmExplogTopic *self,
                                              cairo_t        *cr,
                                              const DlmTheme *theme,
                                              DlmRect         area);
void      dlm_explog_stretch_write_csv       (DlmExplogTopic *self,
                                              GString        *out);
void      dlm_explog_stretch_write_summary   (DlmExplogTopic *self,
                                              GString        *out);
char     *dlm_explog_stretch_describe        (DlmExplogTopic *self);
char     *dlm_explog_stretch_formula         (DlmExplogTopic *self);
char     *dlm_explog_stretch_explanation     (DlmExplogTopic *self);
gboolean  dlm_explog_stretch_probe           (DlmExplogTopic *self,
                                              double          x,
                                              double          y,
                                              DlmProbe       *probe);
guint     dlm_explog_stretch_count_points    (DlmExplogTopic *self,
                                              guint          *row_length);
gboolean  dlm_explog_stretch_get_point       (DlmExplogTopic *self,
                                              guint           index,
                                              DlmProbe       *point);

/* dlm-explog-precision.c: a product that underflows, a sum of logs that
 * does not */
void      dlm_explog_render_precision        (DlmExplogTopic *self,
                                              cairo_t        *cr,
                                              const DlmTheme *theme,
                                              DlmRect         area);
void      dlm_explog_precision_write_csv     (DlmExplogTopic *self,
                                              GString        *out);
void      dlm_explog_precision_write_summary (DlmExplogTopic *self,
                                              GString        *out);
char     *dlm_explog_precision_describe      (DlmExplogTopic *self);
char     *dlm_explog_precision_formula       (DlmExplogTopic *self);
char     *dlm_explog_precision_explanation   (DlmExplogTopic *self);
gboolean  dlm_explog_precision_probe         (DlmExplogTopic *self,
                                              double          x,
                                              double          y,
                                              DlmProbe       *probe);

/* dlm-explog-code.c: the code card */
void      dlm_explog_write_code              (DlmTopic       *topic,
                                              GString        *out);
void      dlm_explog_write_plot_code         (DlmTopic       *topic,
                                              GString        *out);

G_END_DECLS
