/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gsl/gsl_matrix.h>

#include "dlm-matrix-grid.h"
#include "dlm-transpose-topic.h"

G_BEGIN_DECLS

/* The grids of the rules and vector views, for the hover read-out. */
#define MAX_GRIDS 8

typedef struct {
  DlmGridGeometry   geometry;
  const gsl_matrix *matrix;
  const char       *name;       /* plain text: "Aᵀ", "αA", … */
} ShownGrid;

struct _DlmTransposeTopic
{
  DlmTopic          parent_instance;

  char             *matrix_text;
  double            scalar;
  double            progress;
  DlmTransposeView  view;

  gsl_matrix       *a;          /* A as typed */
  gsl_matrix       *at;         /* Aᵀ */
  gsl_matrix       *v;          /* the first column of A, n × 1 */
  gsl_matrix       *vt;         /* vᵀ, 1 × n */
  gsl_matrix       *vtv;        /* vᵀv, 1 × 1 */
  gsl_matrix       *scaled;     /* αA */
  gsl_matrix       *scaled_t;   /* (αA)ᵀ */
  gsl_matrix       *alpha_t;    /* αAᵀ */
  gsl_matrix       *ata;        /* AᵀA: symmetric whatever A is */
  gboolean          symmetric;

  /* the last flip drawn: the stage and where each element of it went */
  const gsl_matrix *flipped;
  DlmRect           stage;
  double            cell;
  DlmRect          *cells;      /* flipped->size1 × flipped->size2 */
  ShownGrid         grids[MAX_GRIDS];
  guint             n_grids;
};

/* The colours of the matrix's rows; see dlm_transpose_row_palette(). */
typedef struct {
  guint    n;
  DlmColor line[DLM_THEME_N_SERIES];
  DlmColor tint[DLM_THEME_N_SERIES];   /* opaque, light enough for text on it */
} RowPalette;

/* One matrix in a row of grids, and the word after it. */
typedef struct {
  const gsl_matrix *matrix;
  const char       *caption;     /* markup */
  const char       *name;        /* plain, for the read-out */
  const char       *between;     /* markup after the grid ("=", "→"), or NULL */
} Term;

/* The stage of the flip (dlm-transpose-flip.c). */
void          dlm_transpose_row_palette   (const DlmTheme    *theme,
                                           RowPalette        *palette);
DlmRect       dlm_transpose_slot_rect     (DlmTransposeTopic *self,
                                           double             col,
                                           double             row);
void          dlm_transpose_draw_stage    (DlmTransposeTopic *self,
                                           cairo_t           *cr,
                                           const DlmTheme    *theme,
                                           DlmRect            area,
                                           const gsl_matrix  *m,
                                           const char        *name,
                                           const char        *name_t);

/* Grids and the words between them (dlm-transpose-grids.c). */
DlmMatrixGrid dlm_transpose_grid_of       (const gsl_matrix  *m,
                                           const char        *caption);
void          dlm_transpose_draw_terms    (DlmTransposeTopic *self,
                                           cairo_t           *cr,
                                           const DlmTheme    *theme,
                                           DlmRect            area,
                                           const Term        *terms,
                                           guint              n,
                                           DlmMatrixGrid     *styled);
DlmRect       dlm_transpose_titled        (cairo_t           *cr,
                                           const DlmTheme    *theme,
                                           DlmRect            rect,
                                           const char        *title);

/* The views, each into the figure's area below its title. */
void          dlm_transpose_render_flip   (DlmTransposeTopic *self,
                                           cairo_t           *cr,
                                           const DlmTheme    *theme,
                                           DlmRect            area);
void          dlm_transpose_render_rules  (DlmTransposeTopic *self,
                                           cairo_t           *cr,
                                           const DlmTheme    *theme,
                                           DlmRect            area);
void          dlm_transpose_render_vector (DlmTransposeTopic *self,
                                           cairo_t           *cr,
                                           const DlmTheme    *theme,
                                           DlmRect            area);

/* The code card (dlm-transpose-code.c). */
void  dlm_transpose_write_code      (DlmTopic *topic,
                                     GString  *out);
void  dlm_transpose_write_plot_code (DlmTopic *topic,
                                     GString  *out);

G_END_DECLS
