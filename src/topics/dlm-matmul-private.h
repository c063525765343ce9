/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gsl/gsl_matrix.h>

#include "dlm-matmul-topic.h"
#include "dlm-matrix-grid.h"

G_BEGIN_DECLS

/* Terms written out before the sum is shortened with "…". */
#define MAX_TERMS 8

/* The figures write every product with one sign, ×, as the course writes
 * the terms (1×2 + 3×6): between matrices, between numbers, and in the
 * size rule. Named products are written side by side (AB, BA, AI). */
#define TIMES "×"

enum { GRID_A, GRID_B, GRID_C, N_GRIDS };

/* The shape examples of the sizes view (dlm_matmul_size_cases). */
#define N_SIZE_CASES 6

struct _DlmMatmulTopic
{
  DlmTopic         parent_instance;

  char            *a_text;
  char            *b_text;
  gsl_matrix      *a;               /* as typed */
  gsl_matrix      *b;
  gboolean         transpose_a;
  gboolean         transpose_b;
  int              step;
  DlmMatmulView    view;
  int              rows, inner, cols;
  double           speed;
  const char      *changed_field;   /* the last of a, b, transpose-a/b set */

  /* the typed product, computed when first needed after a change */
  gboolean         product_dirty;
  gsl_matrix      *op_a, *op_b, *c;

  /* the random view's matrices, for random_key */
  guint32          random_key[4];   /* seed, rows, inner, cols */
  gboolean         random_valid;
  gsl_matrix      *ra, *rb, *rc, *rba, *rai;

  /* where the last render put A, B and C, and which matrices they show */
  DlmGridGeometry  grids[N_GRIDS];
  /* the sizes view: where each case's title was drawn, for the cursor */
  double           size_x[N_SIZE_CASES], size_y[N_SIZE_CASES];
  gboolean         sizes_valid;
  const gsl_matrix *shown[N_GRIDS];
};

/* One of the course's shape examples: first factor, second factor. */
typedef struct {
  const char *a_name, *b_name;
  guint       a_rows, a_cols, b_rows, b_cols;
} DlmMatmulSizeCase;

extern const DlmMatmulSizeCase dlm_matmul_size_cases[N_SIZE_CASES];

/* The topic's state (dlm-matmul-topic.c). */
void              dlm_matmul_ensure_random     (DlmMatmulTopic      *self);
guint             dlm_matmul_n_steps           (DlmMatmulTopic      *self);
guint             dlm_matmul_filled            (DlmMatmulTopic      *self);
const char       *dlm_matmul_factor_name       (gboolean             transposed,
                                                const char          *name);

/* Matrices in a row with operators between them (dlm-matmul-steps.c). */
char             *dlm_matmul_color_hex         (const DlmColor      *c);
void              dlm_matmul_grid_for_matrix   (DlmMatrixGrid       *grid,
                                                const gsl_matrix    *m,
                                                const char          *caption);
void              dlm_matmul_draw_operator     (cairo_t             *cr,
                                                const DlmTheme      *theme,
                                                double               x,
                                                double               y,
                                                const char          *op);
void              dlm_matmul_draw_equation     (cairo_t             *cr,
                                                const DlmTheme      *theme,
                                                DlmMatrixGrid       *grids,
                                                guint                n,
                                                const char *const   *ops,
                                                DlmRect              band,
                                                gboolean             paint,
                                                DlmGridGeometry     *out);

/* Words the views share with the read-out and the description. */
char             *dlm_matmul_size_verdict_text (guint                k);
char             *dlm_matmul_commute_note      (DlmMatmulTopic      *self);

/* The views, each into the figure's area below its title. */
void              dlm_matmul_render_steps      (DlmMatmulTopic      *self,
                                                cairo_t             *cr,
                                                const DlmTheme      *theme,
                                                DlmRect              area);
void              dlm_matmul_render_sizes      (DlmMatmulTopic      *self,
                                                cairo_t             *cr,
                                                const DlmTheme      *theme,
                                                DlmRect              area);
void              dlm_matmul_render_random     (DlmMatmulTopic      *self,
                                                cairo_t             *cr,
                                                const DlmTheme      *theme,
                                                DlmRect              area);

/* The code card (dlm-matmul-code.c). */
void              dlm_matmul_write_code        (DlmTopic            *topic,
                                                GString             *out);
void              dlm_matmul_write_plot_code   (DlmTopic            *topic,
                                                GString             *out);

G_END_DECLS
