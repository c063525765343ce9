/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gsl/gsl_histogram.h>

#include "dlm-assign-order.h"
#include "dlm-sampling-topic.h"

G_BEGIN_DECLS

/* What a result was computed from. Fields the view does not use are 0, so
 * that changing them does not call for new work. */
typedef struct {
  DlmSamplingView view;
  DlmPopulation   pop;
  gboolean        biased;
  guint           n;
  guint           repeats;
  guint           draws;
  guint           runs;
  guint32         seed;
} Key;

typedef struct {
  Key             key;
  DlmLln         *lln;
  DlmSampleMeans *means;
  double          min, max;       /* of the means, or of every run's running mean */
} Job;

struct _DlmSamplingTopic
{
  DlmTopic          parent_instance;

  DlmPopulationKind distribution;
  double            mu;
  double            sigma;
  int               n;
  int               repeats;
  int               draws;
  DlmSamplingView   view;
  int               runs;
  gboolean          biased;
  int               step;
  gboolean          natural;      /* the population's spread σ is on */
  double            noise;        /* τ of the measurement error; 0 = none */

  /* results, each with the key it was computed from */
  Job              *lln;
  Job              *means;
  Key               pending;
  Key               stopped;
  gboolean          has_pending;
  gboolean          has_stopped;

  /* histogram of the means shown so far, grown frame by frame */
  gsl_histogram    *shown;
  guint             shown_count;
  double            full_max;     /* tallest bin once every mean is in */

  DlmAxesGeometry   panels[2];
  DlmAssignOrder    assigned;     /* which of n, repeats, draws, runs came last */
};

typedef struct {
  double lo, hi;
} Range;

/* Shared by the topic and its two views (dlm-sampling-lln.c,
 * dlm-sampling-distribution.c). */
guint                dlm_sampling_shown_steps        (DlmSamplingTopic    *self,
                                                      const Job           *job);
const gsl_histogram *dlm_sampling_histogram_of_shown (DlmSamplingTopic    *self,
                                                      guint                count);
const char          *dlm_sampling_population_name    (DlmPopulationKind    kind);
const char          *dlm_sampling_se_symbol          (const DlmPopulation *pop);
char                *dlm_sampling_sources            (const Key           *key,
                                                      guint                size);
char                *dlm_sampling_spread_fact        (const DlmPopulation *pop);
gboolean             dlm_sampling_bias_shifts        (const Key           *key);
void                 dlm_sampling_builder_take       (GStrvBuilder        *builder,
                                                      char                *text);
char                *dlm_sampling_fmt                (double               value);
char                *dlm_sampling_fmt_param          (double               value);
Range                dlm_sampling_population_range   (const DlmPopulation *pop);
double               dlm_sampling_density_peak       (const DlmPopulation *pop);
void                 dlm_sampling_split_area         (const DlmTheme      *theme,
                                                      DlmRect              area,
                                                      DlmRect             *main,
                                                      DlmRect             *population,
                                                      DlmRect             *facts);
void                 dlm_sampling_draw_population    (DlmSamplingTopic    *self,
                                                      cairo_t             *cr,
                                                      const DlmTheme      *theme,
                                                      DlmRect              rect,
                                                      const Key           *key,
                                                      const double        *rug,
                                                      guint                n_rug,
                                                      guint                k);
void                 dlm_sampling_draw_facts         (cairo_t             *cr,
                                                      const DlmTheme      *theme,
                                                      DlmRect              rect,
                                                      char               **lines);

/* The views, each into the figure's area below its title. */
void                 dlm_sampling_render_lln         (DlmSamplingTopic    *self,
                                                      cairo_t             *cr,
                                                      const DlmTheme      *theme,
                                                      DlmRect              area,
                                                      const Job           *job);
void                 dlm_sampling_render_distribution (DlmSamplingTopic   *self,
                                                      cairo_t             *cr,
                                                      const DlmTheme      *theme,
                                                      DlmRect              area,
                                                      const Job           *job);

/* The code card (dlm-sampling-code.c). */
void                 dlm_sampling_write_code         (DlmTopic            *topic,
                                                      GString             *out);
void                 dlm_sampling_write_plot_code    (DlmTopic            *topic,
                                                      GString             *out);

G_END_DECLS
