/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gsl/gsl_matrix.h>

#include "dlm-dot-topic.h"

G_BEGIN_DECLS

struct _DlmDotTopic
{
  DlmTopic         parent_instance;

  DlmDotMode       mode;
  char            *v_text, *w_text, *a_text, *b_text, *p_text, *q_text;
  char            *signal_text, *kernel_text;
  GArray          *v, *w, *p, *q, *signal, *kernel;
  /* the last of signal and kernel set, for the error when they clash */
  const char      *changed_field;
  gsl_matrix      *a, *b;
  int              step;

  DlmAxesGeometry  bars;           /* vector mode: the products */
  DlmAxesGeometry  plane;          /* geometry mode: the arrows */
  DlmAxesGeometry  signal_axes;    /* convolution mode: x with the kernel */
  DlmAxesGeometry  output_axes;    /* convolution mode: the outputs */
  /* matrix mode: the top-left corner and cell size of the last grid drawn
   * (A ∘ B, or A when the shapes differ), for the keyboard cursor */
  double           grid_x, grid_y, grid_cell;
  gboolean         grid_valid;

  /* A drag in progress: the arrow held (0 p, 1 q, -1 none) and the plane
   * it started on, so the axes do not rescale under the pointer. */
  int              drag_arrow;
  DlmAxesGeometry  drag_geometry;
};

/* The dot product of two vectors and what follows from it; cosine and
 * angle are NaN when either vector is all zeros (no direction). */
typedef struct {
  double dot, norm_x, norm_y, cosine, angle;
} DlmDotFacts;

typedef struct {
  const DlmColor *fill;            /* NULL: background only */
  double          fill_alpha;
  const DlmColor *border;
  double          border_width;    /* px at scale 1 */
  const DlmColor *text_color;
} DlmDotCellStyle;

typedef struct {
  guint   nv, nw, n, pairs, shown;
  int     current;                 /* the pair just added, or -1 */
  double *products;                /* pairs of them */
  double *cumulative;              /* the running sum after each product */
} DlmDotProducts;

/* The numbers the views share (dlm-dot-topic.c). */
const double     *dlm_dot_values_of       (GArray                *array);
double            dlm_dot_value_at        (GArray                *array,
                                           guint                  i);
double            dlm_dot_of              (const double          *x,
                                           const double          *y,
                                           gsize                  n);
DlmDotFacts       dlm_dot_facts           (const double          *x,
                                           const double          *y,
                                           gsize                  n);
double            dlm_dot_correlation     (const double          *x,
                                           const double          *y,
                                           gsize                  n);
_gsl_vector_const_view dlm_dot_entries    (const gsl_matrix      *m);
gboolean          dlm_dot_vectors_match   (DlmDotTopic           *self);
gboolean          dlm_dot_matrices_match  (DlmDotTopic           *self);
double            dlm_dot_frobenius       (DlmDotTopic           *self);
gboolean          dlm_dot_is_orthogonal   (const DlmDotFacts     *f);
guint             dlm_dot_shown_pairs     (DlmDotTopic           *self);
char             *dlm_dot_label           (double                 value);
char             *dlm_dot_factor_text     (double                 value);
char             *dlm_dot_terms_text      (const double          *x,
                                           const double          *y,
                                           guint                  n);

/* Cells, and the products as bars with their running sum
 * (dlm-dot-vector.c); the matrix view draws them too. */
void              dlm_dot_draw_cell       (cairo_t               *cr,
                                           const DlmTheme        *theme,
                                           DlmRect                r,
                                           const char            *text,
                                           const DlmDotCellStyle *style);
const DlmColor   *dlm_dot_sign_color      (const DlmTheme        *theme,
                                           double                 value);
void              dlm_dot_products_init   (DlmDotProducts        *l,
                                           const double          *x,
                                           guint                  nx,
                                           const double          *y,
                                           guint                  ny,
                                           guint                  shown,
                                           int                    current);
void              dlm_dot_products_clear  (DlmDotProducts        *l);
DlmAxesGeometry   dlm_dot_draw_products   (cairo_t               *cr,
                                           const DlmTheme        *theme,
                                           DlmRect                rect,
                                           const DlmDotProducts  *l,
                                           const char *const     *names,
                                           const char            *x_label,
                                           const char            *total_name);

/* The plane's words (dlm-dot-plane.c), for the description too. */
void              dlm_dot_vec2            (GArray                *array,
                                           double                 out[2]);
const char       *dlm_dot_sign_words      (const DlmDotFacts     *f);

/* The views, each into the figure's area below its title. */
void              dlm_dot_render_vector   (DlmDotTopic           *self,
                                           cairo_t               *cr,
                                           const DlmTheme        *theme,
                                           DlmRect                area);
void              dlm_dot_render_matrix   (DlmDotTopic           *self,
                                           cairo_t               *cr,
                                           const DlmTheme        *theme,
                                           DlmRect                area);
void              dlm_dot_render_geometry (DlmDotTopic           *self,
                                           cairo_t               *cr,
                                           const DlmTheme        *theme,
                                           DlmRect                area);
void              dlm_dot_render_convolution (DlmDotTopic        *self,
                                           cairo_t               *cr,
                                           const DlmTheme        *theme,
                                           DlmRect                area);

/* The matrix view's words (dlm-dot-matrix.c). */
void              dlm_dot_matrix_write_csv (DlmDotTopic          *self,
                                           GString               *out);
void              dlm_dot_matrix_write_summary (DlmDotTopic      *self,
                                           GString               *out);
char             *dlm_dot_matrix_describe (DlmDotTopic           *self);

/* The convolution view's numbers and words (dlm-dot-convolution.c). */
guint             dlm_dot_conv_n_outputs  (DlmDotTopic           *self);
guint             dlm_dot_conv_shown      (DlmDotTopic           *self);
void              dlm_dot_conv_write_csv  (DlmDotTopic           *self,
                                           GString               *out);
void              dlm_dot_conv_write_summary (DlmDotTopic        *self,
                                           GString               *out);
char             *dlm_dot_conv_describe   (DlmDotTopic           *self);
char             *dlm_dot_conv_formula    (DlmDotTopic           *self);
char             *dlm_dot_conv_explanation (DlmDotTopic          *self);
gboolean          dlm_dot_conv_probe      (DlmDotTopic           *self,
                                           double                 x,
                                           double                 y,
                                           DlmProbe              *probe);
gboolean          dlm_dot_conv_get_point  (DlmDotTopic           *self,
                                           guint                  index,
                                           DlmProbe              *point);

/* The code card (dlm-dot-code.c). */
void              dlm_dot_write_code      (DlmTopic              *topic,
                                           GString               *out);
void              dlm_dot_write_plot_code (DlmTopic              *topic,
                                           GString               *out);

G_END_DECLS
