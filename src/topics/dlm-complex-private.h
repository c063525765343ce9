/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "dlm-assign-order.h"
#include "dlm-complex-topic.h"
#include "dlm-life.h"
#include "dlm-lorenz.h"
#include "dlm-svd.h"

G_BEGIN_DECLS

/* The Lorenz work: the setup it was computed from, and its result. */
typedef struct {
  DlmLorenzSetup  setup;
  DlmLorenzRun   *run;
  double          blow_up_t;   /* where a run that blew up ran off, else NAN */
  double          reached_t;   /* how far a run that ran out of steps got, else NAN */
} Job;

/* What the cached trail was drawn for. */
typedef struct {
  const DlmLorenzRun   *run;
  DlmAxesGeometry       geometry;
  DlmTheme              theme;
  double                scale;      /* device pixels per figure pixel */
  int                   projection;
  double                yaw, pitch;
} TrailKey;

struct _DlmComplexTopic
{
  DlmTopic              parent_instance;

  DlmComplexView        view;
  int                   rank;
  double                sigma, rho, beta;
  char                 *start;
  double                start_xyz[3];
  double                epsilon;
  double                t_end;
  double                progress;
  DlmComplexProjection  projection;
  double                yaw, pitch;
  DlmLifePattern        pattern;
  double                density;
  int                   rows, columns, generations, step;

  /* the picture and its decomposition, made once */
  gsl_matrix           *image;
  DlmSvd               *svd;
  gsl_matrix           *approx;      /* rank-k reconstruction, for rank */
  int                   approx_rank;

  Job                  *lorenz;
  DlmLorenzSetup        pending, stopped;
  gboolean              has_pending, has_stopped;

  /* the Game of Life run shown, the setup it was made from (its cache
   * key), or why there is none */
  DlmLifeRun           *life;
  DlmLifeSetup          life_setup;
  char                 *life_error;
  DlmRect               life_grid;   /* where the last render put the cells */

  DlmAxesGeometry       panels[2];
  /* the trajectories drawn so far, grown frame by frame; see draw_trail() */
  cairo_surface_t      *trail;
  TrailKey              trail_key;
  guint                 trail_drawn;
  double                widths[2];   /* px, of the wide and the thin curve */
  /* a 3-D turn in progress: where it began and the angles then */
  gboolean              dragging;
  double                drag_x, drag_y, drag_yaw, drag_pitch;
  DlmAssignOrder      assigned;   /* pattern, rows or columns: which came last */
};

/* How many of the rank-1 layers the spectral view shows, at most. */
#define DLM_COMPLEX_SHOWN_LAYERS 4

/* Shared by the topic and its views. */
const gsl_matrix   *dlm_complex_topic_approximation (DlmComplexTopic    *self);
const DlmLorenzRun *dlm_complex_topic_shown_run     (DlmComplexTopic    *self);
char               *dlm_complex_topic_failure_note  (DlmComplexTopic    *self);
guint               dlm_complex_topic_shown_index   (DlmComplexTopic    *self,
                                                     const DlmLorenzRun *run);
char               *dlm_complex_format              (double              value);
char               *dlm_complex_format_distance     (double              value);
void                dlm_complex_draw_note           (cairo_t            *cr,
                                                     const DlmTheme     *theme,
                                                     DlmRect             area,
                                                     const char         *text);
void                dlm_complex_draw_key            (cairo_t            *cr,
                                                     const DlmTheme     *theme,
                                                     double              x,
                                                     double              y,
                                                     double              room,
                                                     const DlmColor     *color,
                                                     double              width,
                                                     const char         *text);

/* The life view (dlm-complex-life.c); the topic keeps self->life current
 * before it calls these. */
guint               dlm_complex_life_shown_step     (DlmComplexTopic    *self);
gboolean            dlm_complex_life_repeats        (DlmComplexTopic    *self);
char               *dlm_complex_life_start_text     (DlmComplexTopic    *self);
char               *dlm_complex_life_describe       (DlmComplexTopic    *self);
char               *dlm_complex_life_formula        (void);
char               *dlm_complex_life_explanation    (DlmComplexTopic    *self);
void                dlm_complex_life_write_csv      (DlmComplexTopic    *self,
                                                     GString            *out);
void                dlm_complex_life_write_summary  (DlmComplexTopic    *self,
                                                     GString            *out);
gboolean            dlm_complex_life_probe          (DlmComplexTopic    *self,
                                                     double              x,
                                                     double              y,
                                                     DlmProbe           *probe);
guint               dlm_complex_life_count_points   (DlmComplexTopic    *self,
                                                     guint              *row_length);
gboolean            dlm_complex_life_get_point      (DlmComplexTopic    *self,
                                                     guint               index,
                                                     DlmProbe           *point);

/* The views, each into the figure's area below its title. */
void                dlm_complex_render_spectral     (DlmComplexTopic    *self,
                                                     cairo_t            *cr,
                                                     const DlmTheme     *theme,
                                                     DlmRect             area);
void                dlm_complex_render_lorenz       (DlmComplexTopic    *self,
                                                     cairo_t            *cr,
                                                     const DlmTheme     *theme,
                                                     DlmRect             area);
void                dlm_complex_render_life         (DlmComplexTopic    *self,
                                                     cairo_t            *cr,
                                                     const DlmTheme     *theme,
                                                     DlmRect             area);

/* The code card (dlm-complex-code.c). */
void                dlm_complex_write_code          (DlmTopic           *topic,
                                                     GString            *out);
void                dlm_complex_write_plot_code     (DlmTopic           *topic,
                                                     GString            *out);

G_END_DECLS
