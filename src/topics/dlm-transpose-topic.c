/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_blas.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-layout.h"
#include "dlm-matrix-grid.h"
#include "dlm-parse.h"
#include "dlm-transpose-topic.h"

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

G_DEFINE_ENUM_TYPE (DlmTransposeView, dlm_transpose_view,
  G_DEFINE_ENUM_VALUE (DLM_TRANSPOSE_VIEW_FLIP, "flip"),
  G_DEFINE_ENUM_VALUE (DLM_TRANSPOSE_VIEW_RULES, "rules"),
  G_DEFINE_ENUM_VALUE (DLM_TRANSPOSE_VIEW_VECTOR, "vector"))

G_DEFINE_FINAL_TYPE (DlmTransposeTopic, dlm_transpose_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_MATRIX,
  PROP_SCALAR,
  PROP_PROGRESS,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The course's example: a 5 × 2 matrix whose first column is its vector. */
#define COURSE_MATRIX "1 5; 0 6; 2 8; 5 3; -2 0"

/* ---- numbers ------------------------------------------------------------ */

static gsl_matrix *
transposed (const gsl_matrix *m)
{
  gsl_matrix *t = gsl_matrix_alloc (m->size2, m->size1);

  gsl_matrix_transpose_memcpy (t, m);
  return t;
}

static void
clear_results (DlmTransposeTopic *self)
{
  /* the last frame's read-out points into these matrices */
  self->flipped = NULL;
  self->n_grids = 0;
  g_clear_pointer (&self->a, gsl_matrix_free);
  g_clear_pointer (&self->at, gsl_matrix_free);
  g_clear_pointer (&self->v, gsl_matrix_free);
  g_clear_pointer (&self->vt, gsl_matrix_free);
  g_clear_pointer (&self->vtv, gsl_matrix_free);
  g_clear_pointer (&self->ata, gsl_matrix_free);
  g_clear_pointer (&self->scaled, gsl_matrix_free);
  g_clear_pointer (&self->scaled_t, gsl_matrix_free);
  g_clear_pointer (&self->alpha_t, gsl_matrix_free);
}

/* αA, (αA)ᵀ and αAᵀ: the second rule, computed both ways. */
static void
compute_scaled (DlmTransposeTopic *self)
{
  g_clear_pointer (&self->scaled, gsl_matrix_free);
  g_clear_pointer (&self->scaled_t, gsl_matrix_free);
  g_clear_pointer (&self->alpha_t, gsl_matrix_free);
  self->n_grids = 0;
  if (self->a == NULL)
    return;

  self->scaled = gsl_matrix_alloc (self->a->size1, self->a->size2);
  gsl_matrix_memcpy (self->scaled, self->a);
  gsl_matrix_scale (self->scaled, self->scalar);
  self->scaled_t = transposed (self->scaled);
  self->alpha_t = transposed (self->a);
  gsl_matrix_scale (self->alpha_t, self->scalar);
}

static void
compute (DlmTransposeTopic *self,
         gsl_matrix        *a)
{
  gsl_vector_view column;

  clear_results (self);
  self->a = a;
  self->at = transposed (a);
  self->symmetric = a->size1 == a->size2 && gsl_matrix_equal (a, self->at);

  /* v is A's first column; vᵀv through BLAS, as a 1 × 1 matrix */
  self->v = gsl_matrix_alloc (a->size1, 1);
  column = gsl_matrix_column (a, 0);
  gsl_matrix_set_col (self->v, 0, &column.vector);
  self->vt = transposed (self->v);
  self->vtv = gsl_matrix_alloc (1, 1);
  gsl_blas_dgemm (CblasNoTrans, CblasNoTrans, 1.0, self->vt, self->v, 0.0, self->vtv);

  self->ata = gsl_matrix_alloc (a->size2, a->size2);
  gsl_blas_dgemm (CblasTrans, CblasNoTrans, 1.0, a, a, 0.0, self->ata);
  compute_scaled (self);
}

static gsl_matrix *
parse_matrix (const char  *text,
              GError     **error)
{
  g_autoptr(gsl_matrix) m = dlm_parse_matrix ("matrix", text, DLM_PARSE_MAX_ENTRIES, error);

  if (m == NULL)
    return NULL;
  if (m->size1 > DLM_TRANSPOSE_MAX_SIDE || m->size2 > DLM_TRANSPOSE_MAX_SIDE)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("matrix: %u×%u is too large to draw as cells; accepted: up to %d rows and %d columns"),
                   (guint) m->size1, (guint) m->size2, DLM_TRANSPOSE_MAX_SIDE, DLM_TRANSPOSE_MAX_SIDE);
      return NULL;
    }
  return g_steal_pointer (&m);
}

/* ---- state ------------------------------------------------------------- */

static void
set_matrix (DlmTransposeTopic *self,
            const char        *text)
{
  g_autoptr(GError) error = NULL;
  gsl_matrix *m;

  if (g_strcmp0 (self->matrix_text, text) == 0)
    return;

  /* the text was checked by check_text before it got here */
  m = parse_matrix (text, &error);
  g_return_if_fail (m != NULL);

  g_free (self->matrix_text);
  self->matrix_text = g_strdup (text);
  compute (self, m);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATRIX]);
}

static void
set_scalar (DlmTransposeTopic *self,
            double             scalar)
{
  if (self->scalar == scalar)
    return;
  self->scalar = scalar;
  compute_scaled (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALAR]);
}

static void
set_progress (DlmTransposeTopic *self,
              double             progress)
{
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static void
set_view (DlmTransposeTopic *self,
          DlmTransposeView   view)
{
  if (self->view == view)
    return;
  self->view = view;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

/* ---- the flip ------------------------------------------------------------ */

/* Eased so that the flip sets off and arrives gently; exact at 0 and 1. */
static double
ease (double progress)
{
  double p = CLAMP (progress, 0, 1);

  return p * p * (3 - 2 * p);
}

/* The flip is a turn of the whole matrix, as one rigid card, half a turn
 * about its main diagonal; the figure shows it from the front. The
 * component of a point along the diagonal stays, the component across it
 * is multiplied by cos θ: +1 at the start, −1 (mirrored) at the end. As
 * the card is rigid, its cells never cover one another on the way (each
 * one is squeezed across the diagonal by |cos θ|, its number with it), as
 * cells moving each on its own path would. */
static double
flip_cos (double progress)
{
  return cos (G_PI * ease (progress));
}

void
dlm_transpose_flip_position (guint   i,
                             guint   j,
                             double  progress,
                             double *col,
                             double *row)
{
  double c = flip_cos (progress);
  double along = (j + i + 1) / 2.0, across = ((double) j - (double) i) / 2.0;

  /* exact at the ends, so the cells land on their slots */
  if (progress <= 0)
    c = 1;
  else if (progress >= 1)
    c = -1;
  *col = along + c * across - 0.5;
  *row = along - c * across - 0.5;
}

/* Row colours: the theme's series as tints, in the order that keeps
 * neighbouring rows most different (each next one the farthest from all
 * chosen so far), without colours near the highlight (it marks the one
 * thing to look at, here a symmetric matrix) or too dark for the text on
 * them. Chosen from the theme's own colours, so it holds whatever the
 * palette is. */
typedef struct {
  guint    n;
  DlmColor line[DLM_THEME_N_SERIES];
  DlmColor tint[DLM_THEME_N_SERIES];   /* opaque, light enough for text on it */
} RowPalette;

static double
color_distance (const DlmColor *a,
                const DlmColor *b)
{
  return sqrt (pow (a->red - b->red, 2) + pow (a->green - b->green, 2) + pow (a->blue - b->blue, 2));
}

static void
row_palette (const DlmTheme *theme,
             RowPalette     *palette)
{
  /* as strong as the text on it allows: light text on a dark background
   * reads on less colour than dark text on a light one */
  double amount = theme->kind == DLM_THEME_DARK ? 0.4 : 0.55;
  DlmColor tints[DLM_THEME_N_SERIES];
  gboolean usable[DLM_THEME_N_SERIES];

  for (guint k = 0; k < DLM_THEME_N_SERIES; k++)
    {
      tints[k] = dlm_color_mix (&theme->series[k], &theme->background, amount);
      /* numbers are written on the tints: they must keep their contrast */
      usable[k] = color_distance (&theme->series[k], &theme->highlight) > 0.2 &&
                  dlm_color_contrast (&theme->foreground, &tints[k]) >= 4.5;
    }
  palette->n = 0;
  for (;;)
    {
      double best = -1;
      guint pick = 0;

      for (guint k = 0; k < DLM_THEME_N_SERIES; k++)
        {
          double nearest = G_MAXDOUBLE;

          for (guint c = 0; c < palette->n; c++)
            nearest = MIN (nearest, color_distance (&tints[k], &palette->tint[c]));
          if (usable[k] && nearest > best)
            best = nearest, pick = k;
        }
      if (best < 0)
        break;
      palette->line[palette->n] = theme->series[pick];
      palette->tint[palette->n++] = tints[pick];
      usable[pick] = FALSE;
    }
  g_assert (palette->n > 0);
}

static DlmRect
slot_rect (DlmTransposeTopic *self,
           double             col,
           double             row)
{
  DlmRect r = { self->stage.x + col * self->cell, self->stage.y + row * self->cell,
                self->cell, self->cell };

  return r;
}

static void
draw_footprint (DlmTransposeTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                guint              rows,
                guint              cols,
                const DlmColor    *color,
                const char        *label)
{
  DlmRect r = slot_rect (self, 0, 0);
  double pad = dlm_theme_px (theme, 4);

  cairo_save (cr);
  cairo_rectangle (cr, r.x - pad, r.y - pad, cols * self->cell + 2 * pad, rows * self->cell + 2 * pad);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, dlm_theme_px (theme, theme->line_width));
  cairo_stroke (cr);
  cairo_restore (cr);
  dlm_text_draw (cr, theme, DLM_TEXT_BODY, color, r.x + cols * self->cell + 2 * pad,
                 r.y + rows * self->cell + pad, DLM_ANCHOR_SOUTH_WEST, label);
}

static void
draw_diagonal (DlmTransposeTopic *self,
               cairo_t           *cr,
               const DlmTheme    *theme,
               guint              side)
{
  double dash = dlm_theme_px (theme, 6);
  double reach = side * self->cell + dlm_theme_px (theme, 12);

  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->muted);
  cairo_set_line_width (cr, dlm_theme_px (theme, theme->line_width));
  cairo_set_dash (cr, &dash, 1, 0);
  cairo_move_to (cr, self->stage.x - dlm_theme_px (theme, 12), self->stage.y - dlm_theme_px (theme, 12));
  cairo_line_to (cr, self->stage.x + reach, self->stage.y + reach);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The corners of element (i, j)'s cell on the turning card: its square
 * with the part across the diagonal multiplied by @c. */
static void
card_corners (DlmTransposeTopic *self,
              guint              i,
              guint              j,
              double             c,
              double             corners[4][2])
{
  static const double square[4][2] = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };

  for (guint k = 0; k < 4; k++)
    {
      double x = j + square[k][0], y = i + square[k][1];
      double along = (x + y) / 2, across = (x - y) / 2;

      corners[k][0] = self->stage.x + (along + c * across) * self->cell;
      corners[k][1] = self->stage.y + (along - c * across) * self->cell;
    }
}

/* One element of the matrix on the card: its cell in the row's colour
 * (squeezed while the card turns), with a border in the same colour so
 * that neighbouring rows stay apart, and its number, shrunk with the cell
 * so that it stays inside it; edge-on, the number is left out. */
static void
draw_card_cell (DlmTransposeTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                const RowPalette  *palette,
                guint              i,
                guint              j,
                double             c)
{
  const gsl_matrix *m = self->flipped;
  double corners[4][2], col, row, f = fabs (c), font_px = theme->font_size * theme->scale;
  g_autofree char *value = dlm_format_short (gsl_matrix_get (m, i, j), -1);
  g_autofree char *text = i == j ? g_strdup_printf ("<b>%s</b>", value) : g_strdup (value);
  double zoom = CLAMP (self->cell / (3.2 * font_px), 1.0, 1.5);

  dlm_transpose_flip_position (i, j, self->progress, &col, &row);
  self->cells[i * m->size2 + j] = (DlmRect) { self->stage.x + (col + (1 - f) / 2) * self->cell,
                                              self->stage.y + (row + (1 - f) / 2) * self->cell,
                                              f * self->cell, f * self->cell };
  card_corners (self, i, j, c, corners);
  cairo_save (cr);
  cairo_new_path (cr);
  for (guint k = 0; k < 4; k++)
    cairo_line_to (cr, corners[k][0], corners[k][1]);
  cairo_close_path (cr);
  dlm_theme_set_color (cr, &palette->tint[i % palette->n]);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, &palette->line[i % palette->n]);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_stroke (cr);
  cairo_restore (cr);
  if (f < 0.3)
    return;
  cairo_save (cr);
  cairo_translate (cr, self->stage.x + (col + 0.5) * self->cell, self->stage.y + (row + 0.5) * self->cell);
  cairo_scale (cr, zoom * f, zoom * f);
  dlm_text_draw_fitted (cr, theme, self->cell >= 2.4 * font_px ? DLM_TEXT_BODY : DLM_TEXT_SMALL, NULL,
                        0, 0, DLM_ANCHOR_CENTER, self->cell * 0.8 / zoom, text);
  cairo_restore (cr);
}

static void
draw_flip_cells (DlmTransposeTopic *self,
                 cairo_t           *cr,
                 const DlmTheme    *theme)
{
  const gsl_matrix *m = self->flipped;
  double c = self->progress <= 0 ? 1 : self->progress >= 1 ? -1 : flip_cos (self->progress);
  RowPalette palette;

  row_palette (theme, &palette);
  self->cells = g_renew (DlmRect, self->cells, m->size1 * m->size2);
  for (guint i = 0; i < m->size1; i++)
    for (guint j = 0; j < m->size2; j++)
      draw_card_cell (self, cr, theme, &palette, i, j, c);
}

/* The side of one slot on a stage of side × side slots in @area. */
static double
stage_cell (const DlmTheme *theme,
            DlmRect         area,
            guint           side)
{
  double room = dlm_theme_px (theme, 56);
  double cell = MIN ((area.width - room) / side, (area.height - room) / side);

  return MIN (cell, dlm_theme_px (theme, 112));
}

/* How far right of @area's left edge the stage of A reaches, with the
 * label of Aᵀ beside it. */
static double
stage_extent (DlmTransposeTopic *self,
              const DlmTheme    *theme,
              DlmRect            area)
{
  guint side = MAX (self->a->size1, self->a->size2);

  return dlm_theme_px (theme, 16) + side * stage_cell (theme, area, side) + dlm_theme_px (theme, 56);
}

/* The stage: a square of max(m, n) slots with A's and Aᵀ's outlines, the
 * mirror line and the moving cells. */
static void
draw_stage (DlmTransposeTopic *self,
            cairo_t           *cr,
            const DlmTheme    *theme,
            DlmRect            area,
            const gsl_matrix  *m,
            const char        *name,
            const char        *name_t)
{
  guint rows = m->size1, cols = m->size2, side = MAX (rows, cols);
  gboolean after = self->progress >= 0.5;

  self->flipped = m;
  self->cell = stage_cell (theme, area, side);
  self->stage.width = self->stage.height = side * self->cell;
  self->stage.x = area.x + dlm_theme_px (theme, 16);
  self->stage.y = area.y + (area.height - self->stage.height) / 2;

  draw_diagonal (self, cr, theme, side);
  /* the shape the card leaves and the one it takes, the one it is
   * nearer to in the text colour; a square one keeps its place, so it
   * gets one outline and the name of what it is now */
  if (rows != cols || !after)
    draw_footprint (self, cr, theme, rows, cols, after ? &theme->muted : &theme->foreground, name);
  if (rows != cols || after)
    draw_footprint (self, cr, theme, cols, rows, after ? &theme->foreground : &theme->muted, name_t);
  draw_flip_cells (self, cr, theme);
}

/* ---- the flip view: text beside the stage --------------------------------- */

static char *
shape_markup (guint rows,
              guint cols)
{
  return g_strdup_printf ("%u × %u", rows, cols);
}

static char *
flip_shapes (DlmTransposeTopic *self)
{
  g_autofree char *from = shape_markup (self->a->size1, self->a->size2);
  g_autofree char *to = shape_markup (self->a->size2, self->a->size1);
  gboolean done = self->progress >= 0.5;

  return g_strdup_printf ("%sA: %s%s  →  %sA<sup>T</sup>: %s%s",
                          done ? "" : "<b>", from, done ? "" : "</b>",
                          done ? "<b>" : "", to, done ? "</b>" : "");
}

static const char *
flip_status (DlmTransposeTopic *self)
{
  return self->symmetric
    ? _("<b>A is symmetric</b>: every element lands on\nits mirror image, so A<sup>T</sup> = A.")
    : _("Element a<sub>ij</sub> moves to row j, column i;\nthe diagonal (dashed) stays put.");
}

/* The natural size of the words beside the stage: the shapes and the
 * status. */
static void
flip_side_size (DlmTransposeTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                double            *width,
                double            *height)
{
  g_autofree char *shapes = flip_shapes (self);
  double gap = dlm_theme_px (theme, 14);
  double w, h;

  dlm_text_size (cr, theme, DLM_TEXT_HEADLINE, shapes, width, height);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, flip_status (self), &w, &h);
  *width = MAX (*width, w);
  *height += gap + h;
}

static void
draw_flip_side (DlmTransposeTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                DlmRect            side)
{
  g_autofree char *shapes = flip_shapes (self);
  double h, gap = dlm_theme_px (theme, 14);
  const char *status = flip_status (self);

  dlm_text_size (cr, theme, DLM_TEXT_HEADLINE, shapes, NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_HEADLINE, NULL, side.x, side.y, DLM_ANCHOR_NORTH_WEST,
                        side.width, shapes);
  side.y += h + gap;
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, self->symmetric ? &theme->highlight : NULL,
                        side.x, side.y, DLM_ANCHOR_NORTH_WEST, side.width, status);
}

/* ---- grids (rules and vector views) ---------------------------------------- */

static void
symmetric_style (guint         row,
                 guint         col,
                 DlmCellStyle *style,
                 gpointer      user_data)
{
  const RowPalette *palette = user_data;

  /* row k and column k of a symmetric matrix hold the same numbers: the
   * L-shaped band of k gets one colour */
  style->fill = &palette->tint[MIN (row, col) % palette->n];
  style->bold = row == col;
}

static DlmMatrixGrid
grid_of (const gsl_matrix *m,
         const char       *caption)
{
  DlmMatrixGrid grid = DLM_MATRIX_GRID_INIT;

  grid.values = m->data;
  grid.rows = m->size1;
  grid.cols = m->size2;
  grid.stride = m->tda;
  grid.caption = caption;
  grid.show_shape = TRUE;
  grid.mode = DLM_GRID_VALUES;
  return grid;
}

typedef struct {
  const gsl_matrix *matrix;
  const char       *caption;     /* markup */
  const char       *name;        /* plain, for the read-out */
  const char       *between;     /* markup after the grid ("=", "→"), or NULL */
} Term;

/* Room for the widest word between the grids. */
static double
terms_gap (cairo_t        *cr,
           const DlmTheme *theme,
           const Term     *terms,
           guint           n)
{
  double sep = dlm_theme_px (theme, 40);

  for (guint k = 0; k < n; k++)
    if (terms[k].between != NULL)
      {
        double w;

        dlm_text_size (cr, theme, DLM_TEXT_TITLE, terms[k].between, &w, NULL);
        sep = MAX (sep, w + dlm_theme_px (theme, 24));
      }
  return sep;
}

/* One cell size for all the grids, each given room in proportion to its
 * columns; the grids get it as their cell_size. */
static void
fit_terms (cairo_t        *cr,
           const DlmTheme *theme,
           DlmRect         area,
           double          sep,
           const Term     *terms,
           DlmMatrixGrid  *grids,
           guint           n)
{
  double cell = G_MAXDOUBLE, weight = 0, x = area.x;

  for (guint k = 0; k < n; k++)
    weight += terms[k].matrix->size2 + 1.5;
  for (guint k = 0; k < n; k++)
    {
      DlmRect slot = area;

      slot.x = x;
      slot.width = (area.width - sep * (n - 1)) * (terms[k].matrix->size2 + 1.5) / weight;
      x += slot.width + sep;
      cell = MIN (cell, dlm_matrix_grid_fit_cell (cr, theme, &grids[k], slot));
    }
  for (guint k = 0; k < n; k++)
    grids[k].cell_size = cell;
}

/* A row of grids with words between them, one cell size for all, centred
 * in @area; @styled, if given, holds the n grids to draw instead of plain
 * ones. */
static void
draw_terms (DlmTransposeTopic *self,
            cairo_t           *cr,
            const DlmTheme    *theme,
            DlmRect            area,
            const Term        *terms,
            guint              n,
            DlmMatrixGrid     *styled)
{
  double sep = terms_gap (cr, theme, terms, n), x = area.x, total = 0;
  g_autofree DlmMatrixGrid *grids = g_new (DlmMatrixGrid, n);
  g_autofree double *widths = g_new (double, n);

  for (guint k = 0; k < n; k++)
    grids[k] = styled != NULL ? styled[k] : grid_of (terms[k].matrix, terms[k].caption);
  fit_terms (cr, theme, area, sep, terms, grids, n);
  for (guint k = 0; k < n; k++)
    {
      widths[k] = dlm_matrix_grid_layout (cr, theme, &grids[k], area).bounds.width;
      total += widths[k] + (k + 1 < n ? sep : 0);
    }
  x += MAX (0, (area.width - total) / 2);
  for (guint k = 0; k < n; k++, x += sep)
    {
      DlmRect slot = { x, area.y, widths[k], area.height };
      ShownGrid *shown = &self->grids[self->n_grids < MAX_GRIDS ? self->n_grids++ : MAX_GRIDS - 1];

      shown->geometry = dlm_matrix_grid_draw (cr, theme, &grids[k], slot);
      shown->matrix = terms[k].matrix;
      shown->name = terms[k].name;
      x += widths[k];
      if (terms[k].between != NULL)
        dlm_text_draw (cr, theme, DLM_TEXT_TITLE, NULL, x + sep / 2,
                       shown->geometry.cells.y + shown->geometry.cells.height / 2,
                       DLM_ANCHOR_CENTER, terms[k].between);
    }
}

static DlmRect
titled (cairo_t        *cr,
        const DlmTheme *theme,
        DlmRect         rect,
        const char     *title)
{
  double h;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, title, NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, rect.x, rect.y, DLM_ANCHOR_NORTH_WEST,
                        rect.width, title);
  rect.y += h + dlm_theme_px (theme, 8);
  rect.height -= h + dlm_theme_px (theme, 8);
  return rect;
}

/* ---- the flip view: the result beside the stage ------------------------- */

static void
row_tint (guint         row,
          guint         col,
          DlmCellStyle *style,
          gpointer      user_data)
{
  const RowPalette *palette = user_data;

  style->fill = &palette->tint[row % palette->n];
}

static void
column_tint (guint         row,
             guint         col,
             DlmCellStyle *style,
             gpointer      user_data)
{
  const RowPalette *palette = user_data;

  style->fill = &palette->tint[col % palette->n];
}

/* A and Aᵀ whole, side by side, row k of A and column k of Aᵀ in one
 * colour: the result of the flip at every step of it (an export shows
 * both matrices even when the card is edge-on). */
static void
draw_flip_result (DlmTransposeTopic *self,
                  cairo_t           *cr,
                  const DlmTheme    *theme,
                  DlmRect            area)
{
  RowPalette palette;
  Term terms[] = {
    { self->a, "A", "A", "→" },
    { self->at, "A<sup>T</sup>", "Aᵀ", NULL },
  };
  DlmMatrixGrid grids[] = { grid_of (self->a, "A"), grid_of (self->at, "A<sup>T</sup>") };

  row_palette (theme, &palette);
  grids[0].style = row_tint;
  grids[1].style = column_tint;
  for (guint k = 0; k < G_N_ELEMENTS (grids); k++)
    {
      grids[k].style_data = &palette;
      /* values always: a heat map's colours would mean values, not rows */
      grids[k].mode = DLM_GRID_VALUES;
      grids[k].max_cell_size = 44;
    }
  area = titled (cr, theme, area, _("Row k of A becomes column k of A<sup>T</sup>, in the same color:"));
  draw_terms (self, cr, theme, area, terms, G_N_ELEMENTS (terms), grids);
}

static void
render_flip (DlmTransposeTopic *self,
             cairo_t           *cr,
             const DlmTheme    *theme,
             DlmRect            area)
{
  double gap = dlm_theme_px (theme, 28);
  double words_w, words_h, used, shift, f;
  DlmRect stage = area, side;

  stage.width = MIN (area.width * 0.58, area.height + dlm_theme_px (theme, 56));
  /* the stage and the words beside it as one group, centred both ways:
   * on a wide figure the space left over goes to the margins instead of
   * collecting to the right of and below the words */
  flip_side_size (self, cr, theme, &words_w, &words_h);
  used = MIN (stage.width, stage_extent (self, theme, stage)) + gap + words_w;
  shift = MAX (0, (area.width - used) / 2);
  stage.x += shift;
  draw_stage (self, cr, theme, stage, self->a, "A", "A<sup>T</sup>");
  /* the words start just right of the stage and the Aᵀ label beside it */
  stage.width = MIN (stage.width, self->stage.x + self->stage.width + 2 * gap - stage.x);
  side = (DlmRect) { stage.x + stage.width + gap, area.y, area.x + area.width - stage.x - stage.width - gap,
                     area.height };
  /* at a high zoom the words may be too wide: they shrink as one, down to
   * half size or the unzoomed size, whichever is smaller */
  f = CLAMP (MIN (area.height / (3 * words_h), side.width / words_w), MIN (0.5, 1.0 / theme->scale), 1.0);
  side.y = MAX (area.y, self->stage.y);
  cairo_save (cr);
  cairo_translate (cr, side.x, side.y);
  cairo_scale (cr, f, f);
  draw_flip_side (self, cr, theme, (DlmRect) { 0, 0, side.width / f, side.height / f });
  cairo_restore (cr);
  side.y += words_h * f + gap;
  side.height = MIN (self->stage.y + self->stage.height, area.y + area.height) - side.y;
  draw_flip_result (self, cr, theme, side);
  if (self->symmetric)
    {
      cairo_save (cr);
      dlm_theme_set_color (cr, &theme->highlight);
      cairo_set_line_width (cr, 2 * dlm_theme_px (theme, theme->line_width));
      cairo_rectangle (cr, self->stage.x, self->stage.y, self->stage.width, self->stage.height);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
render_identity (DlmTransposeTopic *self,
                 cairo_t           *cr,
                 const DlmTheme    *theme,
                 DlmRect            rect)
{
  Term terms[] = {
    { self->a, "A", "A", "→" },
    { self->at, "A<sup>T</sup>", "Aᵀ", "→" },
    { self->a, "(A<sup>T</sup>)<sup>T</sup>", "(Aᵀ)ᵀ", "= A" },
  };

  rect = titled (cr, theme, rect, _("<b>Transposing twice gives A back</b>: (A<sup>T</sup>)<sup>T</sup> = A"));
  draw_terms (self, cr, theme, rect, terms, G_N_ELEMENTS (terms), NULL);
}

static void
render_scalar_rule (DlmTransposeTopic *self,
                    cairo_t           *cr,
                    const DlmTheme    *theme,
                    DlmRect            rect)
{
  g_autofree char *alpha = dlm_format_short (self->scalar, -1);
  g_autofree char *title = g_strdup_printf (_("<b>A scalar can go before or after</b>: (αA)<sup>T</sup> = αA<sup>T</sup> with α = %s"),
                                            alpha);
  g_autofree char *scaled = g_strdup_printf ("%s·A", alpha);
  g_autofree char *scaled_t = g_strdup_printf ("(%s·A)<sup>T</sup>", alpha);
  g_autofree char *alpha_t = g_strdup_printf ("%s·A<sup>T</sup>", alpha);
  Term terms[] = {
    { self->scaled, scaled, "αA", "→" },
    { self->scaled_t, scaled_t, "(αA)ᵀ", "=" },
    { self->alpha_t, alpha_t, "αAᵀ", NULL },
  };

  rect = titled (cr, theme, rect, title);
  draw_terms (self, cr, theme, rect, terms, G_N_ELEMENTS (terms), NULL);
}

/* A symmetric example: A itself when it is symmetric, else AᵀA, which is
 * symmetric for every A. */
static void
render_symmetric (DlmTransposeTopic *self,
                  cairo_t           *cr,
                  const DlmTheme    *theme,
                  DlmRect            rect)
{
  const gsl_matrix *s = self->symmetric ? self->a : self->ata;
  const char *caption = self->symmetric ? "A = A<sup>T</sup>" : "A<sup>T</sup>A = (A<sup>T</sup>A)<sup>T</sup>";
  RowPalette palette;
  DlmMatrixGrid grid = grid_of (s, caption);
  Term term = { s, caption, self->symmetric ? "A" : "AᵀA", NULL };

  row_palette (theme, &palette);
  grid.style = symmetric_style;
  grid.style_data = &palette;
  rect = titled (cr, theme, rect, self->symmetric
                 ? _("<b>A is symmetric</b>:\nrow k equals column k")
                 : _("<b>A symmetric matrix</b>: A<sup>T</sup>A\nalways is; row k equals column k"));
  draw_terms (self, cr, theme, rect, &term, 1, &grid);
}

static void
render_rules (DlmTransposeTopic *self,
              cairo_t           *cr,
              const DlmTheme    *theme,
              DlmRect            area)
{
  double gap = dlm_theme_px (theme, 28);
  DlmRect left = dlm_rect_column (area, 3, 0, gap), right;

  left.width = area.width * 0.64;
  right = (DlmRect) { left.x + left.width + gap, area.y, area.width - left.width - gap, area.height };
  render_identity (self, cr, theme, dlm_rect_row (left, 2, 0, gap));
  render_scalar_rule (self, cr, theme, dlm_rect_row (left, 2, 1, gap));
  render_symmetric (self, cr, theme, right);
}

/* vᵀv written out: "1·1 + 0·0 + … = 34". */
static char *
vtv_terms (DlmTransposeTopic *self)
{
  GString *s = g_string_new (NULL);
  guint n = self->v->size1;

  for (guint k = 0; k < n; k++)
    {
      double x = gsl_matrix_get (self->v, k, 0);
      g_autofree char *t = dlm_format_short (x, -1);
      gboolean paren = x < 0;

      if (k >= 4 && k + 1 < n)
        {
          g_string_append (s, " + …");
          k = n - 2;
          continue;
        }
      g_string_append_printf (s, "%s%s%s%s·%s%s%s", k ? " + " : "", paren ? "(" : "", t, paren ? ")" : "",
                              paren ? "(" : "", t, paren ? ")" : "");
    }
  return g_string_free (s, FALSE);
}

static void
render_vector (DlmTransposeTopic *self,
               cairo_t           *cr,
               const DlmTheme    *theme,
               DlmRect            area)
{
  double gap = dlm_theme_px (theme, 28);
  DlmRect left = area, right;
  g_autofree char *terms = vtv_terms (self);
  g_autofree char *value = dlm_format_short (gsl_matrix_get (self->vtv, 0, 0), -1);
  g_autofree char *sum = g_strdup_printf ("v<sup>T</sup>v = %s = <b>%s</b>", terms, value);
  Term product[] = {
    { self->vt, "v<sup>T</sup>", "vᵀ", "·" },
    { self->v, "v", "v", "=" },
    { self->vtv, "v<sup>T</sup>v", "vᵀv", NULL },
  };

  left.width = MIN (area.width * 0.42, area.height + dlm_theme_px (theme, 56));
  right = (DlmRect) { left.x + left.width + gap, area.y, area.width - left.width - gap, area.height };
  draw_stage (self, cr, theme, titled (cr, theme, left, _("<b>Column vector ↔ row vector</b> (v is A's first column)")),
              self->v, "v", "v<sup>T</sup>");
  right = titled (cr, theme, right, _("<b>v<sup>T</sup>v is a scalar</b>: (1 × n) · (n × 1) = 1 × 1"));
  right.height *= 0.75;
  draw_terms (self, cr, theme, right, product, G_N_ELEMENTS (product), NULL);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, right.x, right.y + right.height + gap,
                        DLM_ANCHOR_NORTH_WEST, right.width, sum);
}

static void
dlm_transpose_topic_render (DlmTopic       *topic,
                            cairo_t        *cr,
                            const DlmTheme *theme,
                            double          width,
                            double          height)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);
  DlmRect area = dlm_figure_begin (cr, theme, width, height,
                                   _("The transpose: rows become columns"));

  self->flipped = NULL;
  self->n_grids = 0;
  switch (self->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      render_rules (self, cr, theme, area);
      break;
    case DLM_TRANSPOSE_VIEW_VECTOR:
      render_vector (self, cr, theme, area);
      break;
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      render_flip (self, cr, theme, area);
      break;
    }
}

/* ---- words ------------------------------------------------------------------ */

static void
write_matrix_csv (GString          *out,
                  const gsl_matrix *m)
{
  for (guint i = 0; i < m->size1; i++)
    {
      for (guint j = 0; j < m->size2; j++)
        {
          if (j > 0)
            g_string_append_c (out, ',');
          dlm_format_number (out, gsl_matrix_get (m, i, j));
        }
      g_string_append_c (out, '\n');
    }
}

static void
dlm_transpose_topic_write_csv (DlmTopic *topic,
                               GString  *out)
{
  write_matrix_csv (out, DLM_TRANSPOSE_TOPIC (topic)->at);
}

static void
dlm_transpose_topic_write_summary (DlmTopic *topic,
                                   GString  *out)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);

  dlm_summary_add_number (out, "rows", self->at->size1);
  dlm_summary_add_number (out, "cols", self->at->size2);
  dlm_summary_add_number (out, "symmetric", self->symmetric ? 1 : 0);
  dlm_summary_add_number (out, "vtv", gsl_matrix_get (self->vtv, 0, 0));
}

static char *
row_text (const gsl_matrix *m,
          guint             i)
{
  GString *s = g_string_new (NULL);

  for (guint j = 0; j < m->size2; j++)
    {
      g_autofree char *t = dlm_format_short (gsl_matrix_get (m, i, j), -1);
      g_string_append_printf (s, "%s%s", j ? ", " : "", t);
    }
  return g_string_free (s, FALSE);
}

static char *
describe_rows (DlmTransposeTopic *self)
{
  GString *s = g_string_new (NULL);
  guint rows = self->a->size1;

  for (guint i = 0; i < MIN (rows, 3); i++)
    {
      g_autofree char *r = row_text (self->a, i);
      g_string_append_printf (s, _("Row %u of A (%s) becomes column %u of Aᵀ. "), i + 1, r, i + 1);
    }
  if (rows > 3)
    g_string_append_printf (s, _("The other %u rows follow the same way. "), rows - 3);
  return g_string_free (s, FALSE);
}

static char *
dlm_transpose_topic_describe (DlmTopic *topic)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);
  g_autofree char *rows = describe_rows (self);
  g_autofree char *vtv = dlm_format_short (gsl_matrix_get (self->vtv, 0, 0), -1);
  g_autofree char *alpha = dlm_format_short (self->scalar, -1);
  guint m = self->a->size1, n = self->a->size2;
  const char *sym = self->symmetric ? _("A is symmetric, so Aᵀ equals A.") : _("A is not symmetric.");

  switch (self->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      return g_strdup_printf (_("Transposing the %u×%u matrix A gives the %u×%u matrix Aᵀ, and "
                                "transposing that gives A back. With α = %s, (αA)ᵀ and αAᵀ hold "
                                "the same numbers. %s"), m, n, n, m, alpha, sym);
    case DLM_TRANSPOSE_VIEW_VECTOR:
      return g_strdup_printf (_("The column vector v (the first column of A, %u×1) turns into the "
                                "row vector vᵀ (1×%u). vᵀv multiplies a 1×%u by a %u×1 and gives "
                                "a 1×1 result, the scalar %s: the sum of the squared elements."),
                              m, m, m, m, vtv);
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      return g_strdup_printf (_("The %u×%u matrix A flips over its main diagonal into the %u×%u "
                                "matrix Aᵀ; the flip is %d%% done. %s%s"),
                              m, n, n, m, (int) round (self->progress * 100), rows, sym);
    }
}

static char *
dlm_transpose_topic_formula (DlmTopic *topic)
{
  switch (DLM_TRANSPOSE_TOPIC (topic)->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      return g_strdup ("(A<sup>T</sup>)<sup>T</sup> = A,   (αA)<sup>T</sup> = αA<sup>T</sup>");
    case DLM_TRANSPOSE_VIEW_VECTOR:
      return g_strdup ("v<sup>T</sup>v = v<sub>1</sub><sup>2</sup> + v<sub>2</sub><sup>2</sup> + … + v<sub>n</sub><sup>2</sup>");
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      return g_strdup ("(A<sup>T</sup>)<sub>ij</sub> = A<sub>ji</sub>");
    }
}

static char *
dlm_transpose_topic_explanation (DlmTopic *topic)
{
  switch (DLM_TRANSPOSE_TOPIC (topic)->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      return g_strdup (_("Flipping twice over the same diagonal puts every element back, and "
                         "multiplying every element by α does not care where the element sits. "
                         "A matrix that equals its own transpose is symmetric: it must be square, "
                         "and row k holds the same numbers as column k."));
    case DLM_TRANSPOSE_VIEW_VECTOR:
      return g_strdup (_("A column vector is an n×1 matrix; its transpose is a 1×n row vector. "
                         "A row times a column of the same length is 1×1: a single number, the "
                         "sum of the squares, which is never negative."));
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      return g_strdup (_("The transpose mirrors a matrix over its main diagonal: the element in "
                         "row i, column j moves to row j, column i. An m×n matrix becomes n×m, "
                         "the rows of A become the columns of A<sup>T</sup>, and the diagonal "
                         "does not move."));
    }
}

static gboolean
probe_flip (DlmTransposeTopic *self,
            double             x,
            double             y,
            DlmProbe          *probe)
{
  const gsl_matrix *m = self->flipped;

  /* the cells of the turning card never overlap: the first hit is it */
  for (guint k = 0; k < m->size1 * m->size2; k++)
    {
      guint i = k / m->size2, j = k % m->size2;
      DlmRect r = self->cells[k];
      g_autofree char *value = NULL;

      if (r.width <= 0 || x < r.x || x > r.x + r.width || y < r.y || y > r.y + r.height)
        continue;
      value = dlm_format_short (gsl_matrix_get (m, i, j), -1);
      probe->x = r.x + r.width / 2;
      probe->y = r.y + r.height / 2;
      probe->text = g_strdup_printf (_("%s: row %u, column %u before; row %u, column %u after"),
                                     value, i + 1, j + 1, j + 1, i + 1);
      return TRUE;
    }
  return FALSE;
}

static gboolean
dlm_transpose_topic_probe (DlmTopic *topic,
                           double    x,
                           double    y,
                           DlmProbe *probe)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);

  if (self->flipped != NULL && self->cells != NULL && probe_flip (self, x, y, probe))
    return TRUE;
  for (guint k = 0; k < self->n_grids; k++)
    {
      const ShownGrid *g = &self->grids[k];
      g_autofree char *value = NULL;
      guint row, col;
      DlmRect r;

      if (!dlm_grid_geometry_cell_at (&g->geometry, x, y, &row, &col))
        continue;
      r = dlm_grid_geometry_cell_rect (&g->geometry, row, col);
      value = dlm_format_short (gsl_matrix_get (g->matrix, row, col), -1);
      probe->x = r.x + r.width / 2;
      probe->y = r.y + r.height / 2;
      /* TRANSLATORS: "Aᵀ, row 2, column 3: 8" */
      probe->text = g_strdup_printf (_("%s, row %u, column %u: %s"), g->name, row + 1, col + 1, value);
      return TRUE;
    }
  return FALSE;
}

/* The cursor visits the moving cells during the flip, otherwise every cell
 * of every grid in turn; Up/Down moves a matrix row when the grids have
 * the same number of columns. */
static guint
dlm_transpose_topic_count_points (DlmTopic *topic,
                                  guint    *row_length)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);
  guint count = 0;

  if (self->flipped != NULL && self->cells != NULL)
    {
      *row_length = self->flipped->size2;
      return self->flipped->size1 * self->flipped->size2;
    }
  for (guint k = 0; k < self->n_grids; k++)
    {
      const DlmGridGeometry *g = &self->grids[k].geometry;

      if (!g->valid)
        continue;
      *row_length = count == 0 || *row_length == g->cols ? g->cols : 0;
      count += g->rows * g->cols;
    }
  return count;
}

static gboolean
dlm_transpose_topic_get_point (DlmTopic *topic,
                               guint     index,
                               DlmProbe *point)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);
  DlmRect r = { -1, -1, 0, 0 };   /* outside everything until found */

  if (self->flipped != NULL && self->cells != NULL)
    r = self->cells[index];
  else
    for (guint k = 0; k < self->n_grids; k++)
      {
        const DlmGridGeometry *g = &self->grids[k].geometry;

        if (!g->valid)
          continue;
        if (index < g->rows * g->cols)
          {
            r = dlm_grid_geometry_cell_rect (g, index / g->cols, index % g->cols);
            break;
          }
        index -= g->rows * g->cols;
      }
  return dlm_transpose_topic_probe (topic, r.x + r.width / 2, r.y + r.height / 2, point);
}

static gboolean
dlm_transpose_topic_check_text (DlmTopic    *topic,
                                GParamSpec  *pspec,
                                const char  *text,
                                GError     **error)
{
  g_autoptr(gsl_matrix) m = parse_matrix (text, error);

  return m != NULL;
}

/* ---- GObject -------------------------------------------------------------- */

static void
dlm_transpose_topic_finalize (GObject *object)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (object);

  clear_results (self);
  g_clear_pointer (&self->matrix_text, g_free);
  g_clear_pointer (&self->cells, g_free);

  G_OBJECT_CLASS (dlm_transpose_topic_parent_class)->finalize (object);
}

static void
dlm_transpose_topic_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (object);

  switch (prop_id)
    {
    case PROP_MATRIX:
      g_value_set_string (value, self->matrix_text);
      break;
    case PROP_SCALAR:
      g_value_set_double (value, self->scalar);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_VIEW:
      g_value_set_enum (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_transpose_topic_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (object);

  switch (prop_id)
    {
    case PROP_MATRIX:
      set_matrix (self, g_value_get_string (value));
      break;
    case PROP_SCALAR:
      set_scalar (self, g_value_get_double (value));
      break;
    case PROP_PROGRESS:
      set_progress (self, g_value_get_double (value));
      break;
    case PROP_VIEW:
      set_view (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_transpose_topic_class_init (DlmTransposeTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlm_transpose_topic_finalize;
  object_class->get_property = dlm_transpose_topic_get_property;
  object_class->set_property = dlm_transpose_topic_set_property;

  topic_class->id = "transpose";
  topic_class->slides_param = "view";
  topic_class->title = N_("Transpose");
  topic_class->check_text = dlm_transpose_topic_check_text;
  topic_class->render = dlm_transpose_topic_render;
  topic_class->write_csv = dlm_transpose_topic_write_csv;
  topic_class->write_summary = dlm_transpose_topic_write_summary;
  topic_class->describe = dlm_transpose_topic_describe;
  topic_class->formula = dlm_transpose_topic_formula;
  topic_class->explanation = dlm_transpose_topic_explanation;
  topic_class->probe = dlm_transpose_topic_probe;
  topic_class->count_points = dlm_transpose_topic_count_points;
  topic_class->get_point = dlm_transpose_topic_get_point;

  properties[PROP_MATRIX] =
    g_param_spec_string ("matrix", NULL,
                         N_("finite numbers, up to 12 rows and 12 columns: rows separated by ';' or new lines, numbers by commas or spaces (1 5; 0 6), or NumPy's [[1, 5], [0, 6]]"),
                         COURSE_MATRIX, flags);
  properties[PROP_SCALAR] =
    g_param_spec_double ("scalar", NULL, NULL, -1e6, 1e6, 2.0, flags);
  /* the position of the flip, from A (0) to Aᵀ (1) */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 1.0, flags);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_TRANSPOSE_VIEW, DLM_TRANSPOSE_VIEW_FLIP, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_transpose_topic_init (DlmTransposeTopic *self)
{
  self->scalar = 2.0;
  self->progress = 1.0;
}

DlmTopic *
dlm_transpose_topic_new (void)
{
  return g_object_new (DLM_TYPE_TRANSPOSE_TOPIC, NULL);
}

const gsl_matrix *
dlm_transpose_topic_get_matrix (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NULL);
  return self->a;
}

const gsl_matrix *
dlm_transpose_topic_get_transpose (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NULL);
  return self->at;
}

const gsl_matrix *
dlm_transpose_topic_get_scaled_transpose (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NULL);
  return self->scaled_t;
}

const gsl_matrix *
dlm_transpose_topic_get_alpha_transpose (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NULL);
  return self->alpha_t;
}

gboolean
dlm_transpose_topic_is_symmetric (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), FALSE);
  return self->symmetric;
}

double
dlm_transpose_topic_get_vtv (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NAN);
  return gsl_matrix_get (self->vtv, 0, 0);
}

gboolean
dlm_transpose_topic_get_cell_rect (DlmTransposeTopic *self,
                                   guint              i,
                                   guint              j,
                                   DlmRect           *rect)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), FALSE);

  if (self->flipped == NULL || self->flipped != self->a ||
      i >= self->a->size1 || j >= self->a->size2)
    return FALSE;
  *rect = self->cells[i * self->a->size2 + j];
  return TRUE;
}

gboolean
dlm_transpose_topic_get_slot_rect (DlmTransposeTopic *self,
                                   guint              row,
                                   guint              col,
                                   DlmRect           *rect)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), FALSE);

  if (self->flipped == NULL)
    return FALSE;
  *rect = slot_rect (self, col, row);
  return TRUE;
}
