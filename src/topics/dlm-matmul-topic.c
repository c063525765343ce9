/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-matmul.h"
#include "dlm-matmul-topic.h"
#include "dlm-matrix-grid.h"
#include "dlm-parse.h"
#include "dlm-rng.h"

/* Terms written out before the sum is shortened with "…". */
#define MAX_TERMS 8

enum { GRID_A, GRID_B, GRID_C, N_GRIDS };

/* The shape examples of the sizes view (size_cases below). */
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

G_DEFINE_ENUM_TYPE (DlmMatmulView, dlm_matmul_view,
  G_DEFINE_ENUM_VALUE (DLM_MATMUL_VIEW_STEPS, "steps"),
  G_DEFINE_ENUM_VALUE (DLM_MATMUL_VIEW_SIZES, "sizes"),
  G_DEFINE_ENUM_VALUE (DLM_MATMUL_VIEW_RANDOM, "random"))

G_DEFINE_FINAL_TYPE (DlmMatmulTopic, dlm_matmul_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_A,
  PROP_B,
  PROP_STEP,
  PROP_TRANSPOSE_A,
  PROP_TRANSPOSE_B,
  PROP_VIEW,
  PROP_ROWS,
  PROP_INNER,
  PROP_COLS,
  PROP_SPEED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The course's six shape examples: first factor, second factor. */
static const struct {
  const char *a_name, *b_name;
  guint a_rows, a_cols, b_rows, b_cols;
} size_cases[N_SIZE_CASES] = {
  { "A", "B",  5, 2, 2, 7 },
  { "B", "A",  2, 7, 5, 2 },
  { "C", "A",  5, 7, 5, 2 },
  { "Cᵀ", "A", 7, 5, 5, 2 },
  { "V", "W",  5, 1, 5, 1 },
  { "Vᵀ", "W", 1, 5, 5, 1 },
};

/* ---- state ------------------------------------------------------------ */

static void
clear_product (DlmMatmulTopic *self)
{
  g_clear_pointer (&self->op_a, gsl_matrix_free);
  g_clear_pointer (&self->op_b, gsl_matrix_free);
  g_clear_pointer (&self->c, gsl_matrix_free);
  self->product_dirty = TRUE;
  /* the last frame's cells showed these matrices: nothing to read out
   * until the next render */
  for (guint k = 0; k < N_GRIDS; k++)
    {
      self->grids[k].valid = FALSE;
      self->shown[k] = NULL;
    }
}

/* op(A), op(B) and C = op(A)·op(B), by gsl_blas_dgemm. Between a set and
 * check_state the shapes may disagree; the state that is drawn never does. */
static void
ensure_product (DlmMatmulTopic *self)
{
  if (!self->product_dirty)
    return;
  clear_product (self);
  self->product_dirty = FALSE;
  self->op_a = dlm_matmul_op (self->a, self->transpose_a);
  self->op_b = dlm_matmul_op (self->b, self->transpose_b);
  if (self->op_a->size2 == self->op_b->size1)
    self->c = dlm_matmul (self->a, self->transpose_a, self->b, self->transpose_b);
}

static void
clear_random (DlmMatmulTopic *self)
{
  g_clear_pointer (&self->ra, gsl_matrix_free);
  g_clear_pointer (&self->rb, gsl_matrix_free);
  g_clear_pointer (&self->rc, gsl_matrix_free);
  g_clear_pointer (&self->rba, gsl_matrix_free);
  g_clear_pointer (&self->rai, gsl_matrix_free);
  self->random_valid = FALSE;
}

/* A = randint(0, 10, (rows, inner)), then B = randint(0, 10, (inner, cols))
 * from one NumPy-seeded generator; AB, BA when it exists, and AI. */
static void
ensure_random (DlmMatmulTopic *self)
{
  guint32 key[4] = { dlm_topic_get_seed (DLM_TOPIC (self)), self->rows, self->inner, self->cols };
  g_autoptr(DlmRng) rng = NULL;
  g_autoptr(gsl_matrix) identity = NULL;

  if (self->random_valid && memcmp (key, self->random_key, sizeof key) == 0)
    return;
  clear_random (self);
  memcpy (self->random_key, key, sizeof key);
  rng = dlm_rng_new (DLM_RNG_NUMPY, key[0]);
  self->ra = dlm_matmul_random (rng, self->rows, self->inner, DLM_MATMUL_RANDOM_LOW, DLM_MATMUL_RANDOM_HIGH);
  self->rb = dlm_matmul_random (rng, self->inner, self->cols, DLM_MATMUL_RANDOM_LOW, DLM_MATMUL_RANDOM_HIGH);
  self->rc = dlm_matmul (self->ra, FALSE, self->rb, FALSE);
  if (self->cols == self->rows)
    self->rba = dlm_matmul (self->rb, FALSE, self->ra, FALSE);
  identity = gsl_matrix_alloc (self->inner, self->inner);
  gsl_matrix_set_identity (identity);
  self->rai = dlm_matmul (self->ra, FALSE, identity, FALSE);
  self->random_valid = TRUE;
}

static const gsl_matrix *
current_product (DlmMatmulTopic *self)
{
  if (self->view == DLM_MATMUL_VIEW_RANDOM)
    {
      ensure_random (self);
      return self->rc;
    }
  ensure_product (self);
  return self->c;
}

static guint
n_steps (DlmMatmulTopic *self)
{
  ensure_product (self);
  return self->c != NULL ? self->c->size1 * self->c->size2 : 0;
}

/* How many entries of C are filled at the current step. */
static guint
filled (DlmMatmulTopic *self)
{
  return MIN ((guint) self->step, n_steps (self));
}

static void
set_matrix_text (DlmMatmulTopic  *self,
                 const char      *field,
                 char           **text_field,
                 gsl_matrix     **matrix_field,
                 const char      *text,
                 GParamSpec      *pspec)
{
  g_autoptr(GError) error = NULL;
  gsl_matrix *m;

  if (g_strcmp0 (*text_field, text) == 0)
    return;
  /* the text was checked by check_text before it got here */
  m = dlm_parse_matrix (field, text, DLM_PARSE_MAX_ENTRIES, &error);
  g_return_if_fail (m != NULL);

  g_free (*text_field);
  *text_field = g_strdup (text);
  g_clear_pointer (matrix_field, gsl_matrix_free);
  *matrix_field = m;
  self->changed_field = field;
  clear_product (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
store (DlmMatmulTopic *self,
       GParamSpec     *pspec,
       gpointer        field,
       const GValue   *value)
{
  if (!dlm_topic_store_value (DLM_TOPIC (self), field, value))
    return;
  if (pspec == properties[PROP_TRANSPOSE_A] || pspec == properties[PROP_TRANSPOSE_B])
    {
      self->changed_field = pspec->name;
      clear_product (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* "A", "Aᵀ": the factor's name as multiplied. */
static const char *
factor_name (gboolean    transposed,
             const char *name)
{
  if (g_str_equal (name, "A"))
    return transposed ? "Aᵀ" : "A";
  return transposed ? "Bᵀ" : "B";
}

/* ---- drawing helpers ---------------------------------------------------- */

static char *
color_hex (const DlmColor *c)
{
  return g_strdup_printf ("#%02x%02x%02x", (int) round (c->red * 255),
                          (int) round (c->green * 255), (int) round (c->blue * 255));
}

/* @markup in bold, in @color's shade that reads as text (4.5:1). */
static char *
colored (const DlmTheme *theme,
         const DlmColor *color,
         const char     *markup)
{
  DlmColor text = dlm_theme_text_color (theme, color);
  g_autofree char *hex = color_hex (&text);

  return g_strdup_printf ("<span foreground=\"%s\"><b>%s</b></span>", hex, markup);
}

static void
grid_for_matrix (DlmMatrixGrid    *grid,
                 const gsl_matrix *m,
                 const char       *caption)
{
  *grid = (DlmMatrixGrid) DLM_MATRIX_GRID_INIT;
  grid->values = m->data;
  grid->rows = m->size1;
  grid->cols = m->size2;
  grid->stride = m->tda;
  grid->caption = caption;
  grid->show_shape = TRUE;
}

/* The figures write every product with one sign, ×, as the course writes
 * the terms (1×2 + 3×6): between matrices, between numbers, and in the
 * size rule. Named products are written side by side (AB, BA, AI). */
#define TIMES "×"

/* "×" or "=" between two matrices, large enough to read from the back of
 * a room. */
static void
draw_operator (cairo_t        *cr,
               const DlmTheme *theme,
               double          x,
               double          y,
               const char     *op)
{
  dlm_text_draw (cr, theme, DLM_TEXT_HEADLINE, &theme->muted, x, y, DLM_ANCHOR_CENTER, op);
}

/* n grids in a row with an operator between each two ("×", "="), all with
 * one cell size, centred in @band. */
static void
draw_equation (cairo_t            *cr,
               const DlmTheme     *theme,
               DlmMatrixGrid      *grids,
               guint               n,
               const char *const  *ops,
               DlmRect             band,
               gboolean            paint,
               DlmGridGeometry    *out)
{
  double op_w = dlm_theme_px (theme, 56), weight = 0, s = G_MAXDOUBLE, total = 0, x;
  double avail = band.width - (n - 1) * op_w;

  for (guint k = 0; k < n; k++)
    weight += grids[k].cols + 1.5;
  for (guint k = 0; k < n; k++)
    {
      DlmRect sub = band;
      sub.width = MAX (avail * (grids[k].cols + 1.5) / weight, 1);
      s = MIN (s, dlm_matrix_grid_fit_cell (cr, theme, &grids[k], sub));
    }
  for (guint k = 0; k < n; k++)
    {
      grids[k].cell_size = s;
      out[k] = dlm_matrix_grid_layout (cr, theme, &grids[k], band);
      total += out[k].bounds.width + (k + 1 < n ? op_w : 0);
    }
  x = band.x + (band.width - total) / 2;
  for (guint k = 0; k < n; k++)
    {
      DlmRect area = { x, band.y, out[k].bounds.width, band.height };

      if (!paint)
        {
          out[k] = dlm_matrix_grid_layout (cr, theme, &grids[k], area);
          x += out[k].bounds.width + op_w;
          continue;
        }
      out[k] = dlm_matrix_grid_draw (cr, theme, &grids[k], area);
      x += out[k].bounds.width;
      if (k + 1 < n)
        draw_operator (cr, theme, x + op_w / 2, out[k].cells.y + out[k].cells.height / 2, ops[k]);
      x += op_w;
    }
}

/* A thick rounded outline around cells (r0, c0) to (r1, c1) of a grid. */
static void
outline_cells (cairo_t               *cr,
               const DlmTheme        *theme,
               const DlmGridGeometry *g,
               guint                  r0,
               guint                  c0,
               guint                  r1,
               guint                  c1,
               const DlmColor        *color)
{
  DlmRect a = dlm_grid_geometry_cell_rect (g, r0, c0);
  DlmRect b = dlm_grid_geometry_cell_rect (g, r1, c1);
  double lw = theme->line_width * theme->scale * 1.5;
  double x0 = a.x - lw / 2, y0 = a.y - lw / 2;
  double x1 = b.x + b.width + lw / 2, y1 = b.y + b.height + lw / 2;
  double r = MIN (lw * 2, (x1 - x0) / 4);

  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x1 - r, y0 + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x1 - r, y1 - r, r, 0, G_PI / 2);
  cairo_arc (cr, x0 + r, y1 - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x0 + r, y0 + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, lw);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* ---- the steps view ---------------------------------------------------- */

typedef struct {
  const DlmTheme *theme;
  guint           which;          /* GRID_A, GRID_B or GRID_C */
  gboolean        active;         /* an entry is being computed */
  guint           i, j;           /* that entry */
  guint           filled;         /* entries of C shown */
  guint           c_cols;
  gboolean        tint;           /* tint highlighted cells (not on heat maps) */
  DlmColor        tints[N_GRIDS];
} StepStyle;

static void
step_style (guint         row,
            guint         col,
            DlmCellStyle *style,
            gpointer      data)
{
  StepStyle *s = data;
  gboolean on;

  switch (s->which)
    {
    case GRID_A:
      on = s->active && row == s->i;
      break;
    case GRID_B:
      on = s->active && col == s->j;
      break;
    case GRID_C:
    default:
      style->hidden = row * s->c_cols + col >= s->filled;
      on = s->active && row == s->i && col == s->j;
      style->bold = on;
      break;
    }
  if (on && s->tint)
    style->fill = &s->tints[s->which];
}

static char *
product_caption (DlmMatmulTopic *self)
{
  return g_strdup_printf ("C = %s%s", factor_name (self->transpose_a, "A"),
                          factor_name (self->transpose_b, "B"));
}

/* Under the matrices: which step this is, which row meets which column,
 * and the products written out. */
static void
draw_step_text (DlmMatmulTopic *self,
                cairo_t        *cr,
                const DlmTheme *theme,
                DlmRect         box,
                const StepStyle *st)
{
  const char *na = factor_name (self->transpose_a, "A"), *nb = factor_name (self->transpose_b, "B");
  g_autofree char *line1 = NULL, *row = NULL, *col = NULL, *terms = NULL, *rule = NULL;
  g_autofree char *row_text = NULL, *col_text = NULL;
  double y = box.y, h;

  if (!st->active)
    {
      line1 = g_strdup_printf (_("Play or step to fill C one entry at a time: each entry is a row "
                                 "of %s times a column of %s."), na, nb);
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, box.x + box.width / 2, y,
                            DLM_ANCHOR_NORTH, box.width, line1);
      return;
    }
  row_text = g_strdup_printf (_("row %u of %s"), st->i + 1, na);
  col_text = g_strdup_printf (_("column %u of %s"), st->j + 1, nb);
  row = colored (theme, &theme->series[0], row_text);
  col = colored (theme, &theme->series[2], col_text);
  /* TRANSLATORS: "Step 2 of 4: entry (1, 2) of C is row 1 of A times column 2 of B" */
  line1 = g_strdup_printf (_("Step %u of %u: entry (%u, %u) of C is %s times %s"),
                           st->filled, n_steps (self), st->i + 1, st->j + 1, row, col);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, box.x + box.width / 2, y,
                        DLM_ANCHOR_NORTH, box.width, line1);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, line1, NULL, &h);
  y += h + dlm_theme_px (theme, 10);
  terms = dlm_matmul_terms (self->op_a, self->op_b, st->i, st->j,
                            gsl_matrix_get (self->c, st->i, st->j), MAX_TERMS);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_HEADLINE, NULL, box.x + box.width / 2, y,
                        DLM_ANCHOR_NORTH, box.width, terms);
  dlm_text_size (cr, theme, DLM_TEXT_HEADLINE, terms, NULL, &h);
  y += h + dlm_theme_px (theme, 10);
  rule = g_strdup_printf (_("C has the rows of %s (%u) and the columns of %s (%u)."),
                          na, (guint) self->c->size1, nb, (guint) self->c->size2);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, box.x + box.width / 2, y,
                        DLM_ANCHOR_NORTH, box.width, rule);
}

static void
step_outlines (DlmMatmulTopic  *self,
               cairo_t         *cr,
               const DlmTheme  *theme,
               const StepStyle *st)
{
  if (!st->active)
    return;
  outline_cells (cr, theme, &self->grids[GRID_A], st->i, 0, st->i, self->op_a->size2 - 1,
                 &theme->series[0]);
  outline_cells (cr, theme, &self->grids[GRID_B], 0, st->j, self->op_b->size1 - 1, st->j,
                 &theme->series[2]);
  outline_cells (cr, theme, &self->grids[GRID_C], st->i, st->j, st->i, st->j, &theme->highlight);
}

/* The matrices and the text under them, as one block centred in @area. */
static void
place_steps (cairo_t        *cr,
             const DlmTheme *theme,
             DlmMatrixGrid  *grids,
             DlmRect         area,
             DlmRect        *band,
             DlmRect        *text)
{
  const char *ops[] = { TIMES, "=" };
  DlmGridGeometry out[N_GRIDS];
  double h1, h2, h3, gap = dlm_theme_px (theme, 10), text_h, grids_h = 0;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "0", NULL, &h1);
  dlm_text_size (cr, theme, DLM_TEXT_HEADLINE, "0", NULL, &h2);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "0", NULL, &h3);
  text_h = h1 + h2 + h3 + 2 * gap;
  *band = area;
  band->height = MAX (area.height - text_h - 4 * gap, 1);
  for (guint k = 0; k < N_GRIDS; k++)
    grids[k].max_cell_size = 110;
  draw_equation (cr, theme, grids, N_GRIDS, ops, *band, FALSE, out);
  for (guint k = 0; k < N_GRIDS; k++)
    grids_h = MAX (grids_h, out[k].bounds.height);
  band->y = area.y + MAX ((area.height - grids_h - 4 * gap - text_h) / 2, 0);
  band->height = grids_h;
  *text = area;
  text->y = band->y + grids_h + 4 * gap;
  text->height = text_h;
}

static void
render_steps (DlmMatmulTopic *self,
              cairo_t        *cr,
              const DlmTheme *theme,
              DlmRect         area)
{
  g_autofree char *c_caption = product_caption (self);
  const char *ops[] = { TIMES, "=" };
  DlmMatrixGrid grids[N_GRIDS];
  StepStyle styles[N_GRIDS];
  DlmRect band = area, text = area;
  StepStyle st = { theme, 0, FALSE, 0, 0, filled (self), self->c->size2, TRUE, { { 0 } } };

  st.active = st.filled > 0;
  if (st.active)
    dlm_matmul_step_entry (st.filled, self->c->size2, &st.i, &st.j);
  st.tints[GRID_A] = dlm_color_with_alpha (&theme->series[0], 0.16);
  st.tints[GRID_B] = dlm_color_with_alpha (&theme->series[2], 0.16);
  st.tints[GRID_C] = dlm_color_with_alpha (&theme->highlight, 0.18);

  grid_for_matrix (&grids[GRID_A], self->op_a, factor_name (self->transpose_a, "A"));
  grid_for_matrix (&grids[GRID_B], self->op_b, factor_name (self->transpose_b, "B"));
  grid_for_matrix (&grids[GRID_C], self->c, c_caption);
  for (guint k = 0; k < N_GRIDS; k++)
    {
      styles[k] = st;
      styles[k].which = k;
      grids[k].style = step_style;
      grids[k].style_data = &styles[k];
      self->shown[k] = k == GRID_A ? self->op_a : k == GRID_B ? self->op_b : self->c;
    }
  place_steps (cr, theme, grids, area, &band, &text);
  for (guint k = 0; k < N_GRIDS; k++)
    styles[k].tint = !dlm_matrix_grid_use_heat_map (cr, theme, &grids[k], grids[k].cell_size);
  draw_equation (cr, theme, grids, N_GRIDS, ops, band, TRUE, self->grids);
  step_outlines (self, cr, theme, &st);
  draw_step_text (self, cr, theme, text, &st);
}

/* ---- the size-rule view -------------------------------------------------- */

typedef struct {
  double          unit;            /* px per row or column */
  double          op_w;
  double          label_h;
} SizeLayout;

/* Shape labels are large: their inner sizes carry the rule. */
#define SHAPE_ROLE DLM_TEXT_TITLE

/* A box of rows×cols units; returns where its shape label goes, centred
 * under it. */
static DlmRect
draw_shape_box (cairo_t        *cr,
                const DlmTheme *theme,
                double          x,
                double          cy,
                double          unit,
                guint           rows,
                guint           cols,
                const DlmColor *color,
                const char     *shape_markup)
{
  DlmColor fill = dlm_color_with_alpha (color, 0.18);
  double w = cols * unit, h = rows * unit, lw, lh;
  DlmRect label;

  cairo_save (cr);
  cairo_rectangle (cr, x, cy - h / 2, w, h);
  dlm_theme_set_color (cr, &fill);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, theme->line_width * theme->scale);
  cairo_stroke (cr);
  cairo_restore (cr);

  dlm_text_size (cr, theme, SHAPE_ROLE, shape_markup, &lw, &lh);
  label = (DlmRect) { x + w / 2 - lw / 2, cy + h / 2 + dlm_theme_px (theme, 4), lw, lh };
  dlm_text_draw (cr, theme, SHAPE_ROLE, NULL, label.x, label.y, DLM_ANCHOR_NORTH_WEST,
                 shape_markup);
  return label;
}

/* An inner size in bold, in the colour of its verdict: matching sizes in
 * the colour of "defined", sizes that differ in the error colour. */
static char *
inner_markup (const DlmTheme *theme,
              guint           size,
              gboolean        ok)
{
  DlmColor text = dlm_theme_text_color (theme, ok ? &theme->series[2] : &theme->error);
  g_autofree char *hex = color_hex (&text);

  return g_strdup_printf ("<span foreground=\"%s\"><b>%u</b></span>", hex, size);
}

/* Matching inner sizes cancel, as in (5×2)(2×7) = 5×7: a bold stroke
 * across the inner size, at the end (@at_end) or the start of @label. */
static void
cancel_inner (cairo_t        *cr,
              const DlmTheme *theme,
              DlmRect         label,
              const char     *inner,
              gboolean        at_end)
{
  double w, h, x0, pad = dlm_theme_px (theme, 3);

  dlm_text_size (cr, theme, SHAPE_ROLE, inner, &w, &h);
  x0 = at_end ? label.x + label.width - w : label.x;
  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->foreground);
  cairo_set_line_width (cr, dlm_theme_px (theme, 2.5));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, x0 - pad, label.y + label.height * 0.85);
  cairo_line_to (cr, x0 + w + pad, label.y + label.height * 0.15);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static gboolean
size_case_defined (guint k)
{
  return size_cases[k].a_cols == size_cases[k].b_rows;
}

static char *
size_verdict_text (guint k)
{
  if (size_case_defined (k))
    return g_strdup_printf (_("✓ The inner sizes match: the result is %u×%u"),
                            size_cases[k].a_rows, size_cases[k].b_cols);
  return g_strdup_printf (_("✗ Not defined: the inner sizes %u and %u differ"),
                          size_cases[k].a_cols, size_cases[k].b_rows);
}

/* The verdict in the colour of its inner sizes, dark enough to read. */
static char *
size_verdict (const DlmTheme *theme,
              guint           k)
{
  DlmColor text = dlm_theme_text_color (theme, size_case_defined (k) ? &theme->series[2]
                                                                     : &theme->error);
  g_autofree char *hex = color_hex (&text);
  g_autofree char *verdict = size_verdict_text (k);

  return g_strdup_printf ("<span foreground=\"%s\">%s</span>", hex, verdict);
}

/* The width a shape box takes in the row: its own, or its label's. */
static double
slot_width (cairo_t        *cr,
            const DlmTheme *theme,
            double          box_w,
            const char     *label)
{
  double w;

  dlm_text_size (cr, theme, SHAPE_ROLE, label, &w, NULL);
  return MAX (box_w, w + dlm_theme_px (theme, 8));
}

/* What stands right of "=": the result's box, or the word that there is
 * none. */
static char *
undefined_markup (const DlmTheme *theme)
{
  DlmColor text = dlm_theme_text_color (theme, &theme->error);
  g_autofree char *hex = color_hex (&text);

  return g_strdup_printf ("<span foreground=\"%s\"><b>%s</b></span>", hex, _("undefined"));
}

static void
draw_size_boxes (cairo_t          *cr,
                 const DlmTheme   *theme,
                 guint             k,
                 DlmRect           r,
                 const SizeLayout *lay)
{
  guint ar = size_cases[k].a_rows, ac = size_cases[k].a_cols;
  guint br = size_cases[k].b_rows, bc = size_cases[k].b_cols;
  gboolean ok = ac == br;
  double u = lay->unit, cy = r.y + r.height / 2 - lay->label_h / 2;
  g_autofree char *ia = inner_markup (theme, ac, ok);
  g_autofree char *ib = inner_markup (theme, br, ok);
  g_autofree char *sa = g_strdup_printf ("%u×%s", ar, ia);
  g_autofree char *sb = g_strdup_printf ("%s×%u", ib, bc);
  g_autofree char *sc = ok ? g_strdup_printf ("%u×%u", ar, bc) : undefined_markup (theme);
  double wa = slot_width (cr, theme, ac * u, sa), wb = slot_width (cr, theme, bc * u, sb);
  double wc = slot_width (cr, theme, ok ? bc * u : 0, sc);
  double x = r.x + (r.width - (wa + wb + wc + 2 * lay->op_w)) / 2;
  DlmRect la, lb;

  la = draw_shape_box (cr, theme, x + (wa - ac * u) / 2, cy, u, ar, ac, &theme->series[0], sa);
  x += wa;
  draw_operator (cr, theme, x + lay->op_w / 2, cy, TIMES);
  x += lay->op_w;
  lb = draw_shape_box (cr, theme, x + (wb - bc * u) / 2, cy, u, br, bc, &theme->series[2], sb);
  x += wb;
  draw_operator (cr, theme, x + lay->op_w / 2, cy, "=");
  x += lay->op_w;
  if (ok)
    {
      draw_shape_box (cr, theme, x + (wc - bc * u) / 2, cy, u, ar, bc, &theme->highlight, sc);
      cancel_inner (cr, theme, la, ia, TRUE);
      cancel_inner (cr, theme, lb, ib, FALSE);
    }
  else
    dlm_text_draw (cr, theme, SHAPE_ROLE, NULL, x + wc / 2, cy, DLM_ANCHOR_CENTER, sc);
}

static void
draw_size_case (cairo_t          *cr,
                const DlmTheme   *theme,
                guint             k,
                DlmRect           r,
                const SizeLayout *lay)
{
  g_autofree char *title = g_strdup_printf ("<b>%s " TIMES " %s</b>",
                                            size_cases[k].a_name, size_cases[k].b_name);
  g_autofree char *verdict = size_verdict (theme, k);
  double th;
  DlmRect boxes = r;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, title, NULL, &th);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, r.x + r.width / 2, r.y,
                        DLM_ANCHOR_NORTH, r.width, title);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, r.x + r.width / 2, r.y + r.height,
                        DLM_ANCHOR_SOUTH, r.width, verdict);
  boxes.y += th * 1.4;
  boxes.height -= th * 2.8;
  draw_size_boxes (cr, theme, k, boxes, lay);
}

static void
render_sizes (DlmMatmulTopic *self,
              cairo_t        *cr,
              const DlmTheme *theme,
              DlmRect         area)
{
  double gap = dlm_theme_px (theme, 24), th;
  SizeLayout lay = { 0, dlm_theme_px (theme, 40), 0 };
  DlmRect cell = dlm_rect_column (dlm_rect_row (area, 3, 0, gap), 2, 0, gap * 2);
  double box_h;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "0", NULL, &th);
  dlm_text_size (cr, theme, SHAPE_ROLE, "0", NULL, &lay.label_h);
  lay.label_h += dlm_theme_px (theme, 4);
  box_h = cell.height - th * 2.8 - lay.label_h;
  /* one unit for all six cases, so the boxes compare: 7 rows at most,
   * 2 + 7 + 7 columns in the widest case */
  lay.unit = MIN (box_h / 7, (cell.width - 2 * lay.op_w) / 18);
  lay.unit = MAX (MIN (lay.unit, dlm_theme_px (theme, 28)), 2);

  for (guint k = 0; k < G_N_ELEMENTS (size_cases); k++)
    {
      DlmRect row = dlm_rect_row (area, 3, k / 2, gap);
      DlmRect r = dlm_rect_column (row, 2, k % 2, gap * 2);

      draw_size_case (cr, theme, k, r, &lay);
      self->size_x[k] = r.x + r.width / 2;
      self->size_y[k] = r.y + r.height / 2;
    }
  self->sizes_valid = TRUE;
  for (guint k = 0; k < N_GRIDS; k++)
    self->grids[k].valid = FALSE;
}

/* ---- the random view ------------------------------------------------------ */

static guint
count_differences (const gsl_matrix *x,
                   const gsl_matrix *y)
{
  guint n = 0;

  for (gsize i = 0; i < x->size1; i++)
    for (gsize j = 0; j < x->size2; j++)
      n += gsl_matrix_get (x, i, j) != gsl_matrix_get (y, i, j);
  return n;
}

static char *
commute_note (DlmMatmulTopic *self)
{
  guint diff;

  if (self->rba == NULL)
    return g_strdup_printf (_("BA is not defined: B is %d×%d and A is %d×%d, and the inner "
                              "sizes %d and %d differ."),
                            self->inner, self->cols, self->rows, self->inner, self->cols, self->rows);
  if (self->rows != self->inner)
    return g_strdup_printf (_("BA is %d×%d but AB is %d×%d: not even the same shape."),
                            self->inner, self->inner, self->rows, self->cols);
  diff = count_differences (self->rc, self->rba);
  if (diff == 0)
    return g_strdup (_("Here BA equals AB, which is rare: in general AB ≠ BA."));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "AB ≠ BA: %u entry differs. The order matters.",
                                       "AB ≠ BA: %u entries differ. The order matters.", diff),
                          diff);
}

/* How to get the same A and B in Python. */
static char *
numpy_snippet (DlmMatmulTopic *self)
{
  return g_strdup_printf ("np.random.seed(%u); A = np.random.randint(%d, %d, size=(%d, %d)); "
                          "B = np.random.randint(%d, %d, size=(%d, %d))",
                          dlm_topic_get_seed (DLM_TOPIC (self)),
                          DLM_MATMUL_RANDOM_LOW, DLM_MATMUL_RANDOM_HIGH, self->rows, self->inner,
                          DLM_MATMUL_RANDOM_LOW, DLM_MATMUL_RANDOM_HIGH, self->inner, self->cols);
}

static void
draw_note (cairo_t        *cr,
           const DlmTheme *theme,
           DlmRect         r,
           const char     *markup)
{
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, r.x + r.width / 2, r.y + r.height,
                        DLM_ANCHOR_SOUTH, r.width, markup);
}

static void
render_commute (DlmMatmulTopic *self,
                cairo_t        *cr,
                const DlmTheme *theme,
                DlmRect         r,
                double          note_h)
{
  g_autofree char *note = commute_note (self);
  DlmRect band = r;
  DlmGridGeometry out[3];

  band.height -= note_h;
  if (self->rba == NULL)
    {
      g_autofree char *why = g_strdup_printf (_("B is %d×%d and A is %d×%d: the inner sizes %d and %d differ."),
                                              self->inner, self->cols, self->rows, self->inner,
                                              self->cols, self->rows);
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_TITLE, &theme->error, r.x + r.width / 2,
                            r.y + r.height / 2, DLM_ANCHOR_SOUTH, r.width, _("BA is not defined"));
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, r.x + r.width / 2,
                            r.y + r.height / 2 + dlm_theme_px (theme, 8), DLM_ANCHOR_NORTH, r.width, why);
      return;
    }
  else
    {
      const char *ops[] = { TIMES, "=" };
      DlmMatrixGrid grids[3];

      grid_for_matrix (&grids[0], self->rb, "B");
      grid_for_matrix (&grids[1], self->ra, "A");
      grid_for_matrix (&grids[2], self->rba, "BA");
      for (guint k = 0; k < 3; k++)
        {
          grids[k].max_cell_size = 40;
          grids[k].hide_legend = TRUE;
        }
      draw_equation (cr, theme, grids, 3, ops, band, TRUE, out);
    }
  draw_note (cr, theme, r, note);
}

static void
render_identity (DlmMatmulTopic *self,
                 cairo_t        *cr,
                 const DlmTheme *theme,
                 DlmRect         r,
                 double          note_h)
{
  g_autoptr(gsl_matrix) identity = gsl_matrix_alloc (self->inner, self->inner);
  g_autofree char *i_caption = g_strdup_printf ("I<sub>%d</sub>", self->inner);
  g_autofree char *note = NULL;
  const char *ops[] = { TIMES, "=" };
  DlmMatrixGrid grids[3];
  DlmGridGeometry out[3];
  DlmRect band = r;

  gsl_matrix_set_identity (identity);
  band.height -= note_h;
  grid_for_matrix (&grids[0], self->ra, "A");
  grid_for_matrix (&grids[1], identity, i_caption);
  grid_for_matrix (&grids[2], self->rai, "AI");
  for (guint k = 0; k < 3; k++)
    {
      grids[k].max_cell_size = 40;
      grids[k].hide_legend = TRUE;
    }
  draw_equation (cr, theme, grids, 3, ops, band, TRUE, out);
  note = count_differences (self->ra, self->rai) == 0
    ? g_strdup (_("AI = A: multiplying by the identity changes nothing."))
    : g_strdup (_("AI differs from A."));
  draw_note (cr, theme, r, note);
}

static void
render_random (DlmMatmulTopic *self,
               cairo_t        *cr,
               const DlmTheme *theme,
               DlmRect         area)
{
  g_autofree char *snippet = numpy_snippet (self);
  g_autofree char *code = g_markup_printf_escaped ("<tt>%s</tt>", snippet);
  const char *ops[] = { TIMES, "=" };
  DlmMatrixGrid grids[N_GRIDS];
  double gap = dlm_theme_px (theme, 20), note_h, code_h;
  DlmRect top = area, bottom;

  ensure_random (self);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "0", NULL, &note_h);
  note_h += dlm_theme_px (theme, 8);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, code, NULL, &code_h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, area.x + area.width / 2,
                        area.y + area.height, DLM_ANCHOR_SOUTH, area.width, code);
  area.height -= code_h + gap / 2;
  top.height = area.height * 0.52;
  bottom = area;
  bottom.y = top.y + top.height + gap;
  bottom.height = area.height - top.height - gap;

  grid_for_matrix (&grids[GRID_A], self->ra, "A");
  grid_for_matrix (&grids[GRID_B], self->rb, "B");
  grid_for_matrix (&grids[GRID_C], self->rc, "AB");
  for (guint k = 0; k < N_GRIDS; k++)
    self->shown[k] = k == GRID_A ? self->ra : k == GRID_B ? self->rb : self->rc;
  draw_equation (cr, theme, grids, N_GRIDS, ops, top, TRUE, self->grids);
  render_commute (self, cr, theme, dlm_rect_column (bottom, 2, 0, gap * 2), note_h);
  render_identity (self, cr, theme, dlm_rect_column (bottom, 2, 1, gap * 2), note_h);
}

static const char *
view_title (DlmMatmulView view)
{
  switch (view)
    {
    case DLM_MATMUL_VIEW_SIZES:
      return _("When can two matrices be multiplied?");
    case DLM_MATMUL_VIEW_RANDOM:
      return _("Random matrices: AB, BA and AI");
    case DLM_MATMUL_VIEW_STEPS:
    default:
      return _("Matrix multiplication, one entry at a time");
    }
}

static void
dlm_matmul_topic_render (DlmTopic       *topic,
                         cairo_t        *cr,
                         const DlmTheme *theme,
                         double          width,
                         double          height)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  DlmRect area = dlm_figure_begin (cr, theme, width, height, view_title (self->view));

  for (guint k = 0; k < N_GRIDS; k++)
    self->grids[k].valid = FALSE;
  self->sizes_valid = FALSE;
  ensure_product (self);
  switch (self->view)
    {
    case DLM_MATMUL_VIEW_SIZES:
      render_sizes (self, cr, theme, area);
      break;
    case DLM_MATMUL_VIEW_RANDOM:
      render_random (self, cr, theme, area);
      break;
    case DLM_MATMUL_VIEW_STEPS:
    default:
      render_steps (self, cr, theme, area);
      break;
    }
}

/* ---- words ------------------------------------------------------------- */

static void
dlm_matmul_topic_write_csv (DlmTopic *topic,
                            GString  *out)
{
  const gsl_matrix *c = current_product (DLM_MATMUL_TOPIC (topic));

  for (gsize i = 0; i < c->size1; i++)
    {
      for (gsize j = 0; j < c->size2; j++)
        {
          if (j > 0)
            g_string_append_c (out, ',');
          dlm_format_number (out, gsl_matrix_get (c, i, j));
        }
      g_string_append_c (out, '\n');
    }
}

static void
dlm_matmul_topic_write_summary (DlmTopic *topic,
                                GString  *out)
{
  const gsl_matrix *c = current_product (DLM_MATMUL_TOPIC (topic));

  dlm_summary_add_number (out, "rows", c->size1);
  dlm_summary_add_number (out, "cols", c->size2);
}

/* "[[20, 28], [52, 76]]" for small matrices, for screen readers. */
static char *
matrix_words (const gsl_matrix *m)
{
  GString *s = g_string_new ("[");

  for (gsize i = 0; i < m->size1; i++)
    {
      g_string_append (s, i > 0 ? ", [" : "[");
      for (gsize j = 0; j < m->size2; j++)
        {
          g_autofree char *v = dlm_format_short (gsl_matrix_get (m, i, j), -1);
          g_string_append_printf (s, "%s%s", j > 0 ? ", " : "", v);
        }
      g_string_append_c (s, ']');
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

static char *
describe_steps (DlmMatmulTopic *self)
{
  const char *na = factor_name (self->transpose_a, "A"), *nb = factor_name (self->transpose_b, "B");
  guint k = filled (self), i, j;
  g_autofree char *shapes = g_strdup_printf (_("%s is %u×%u and %s is %u×%u, so C = %s%s is %u×%u."),
                                             na, (guint) self->op_a->size1, (guint) self->op_a->size2,
                                             nb, (guint) self->op_b->size1, (guint) self->op_b->size2,
                                             na, nb, (guint) self->c->size1, (guint) self->c->size2);
  g_autofree char *terms = NULL, *step = NULL, *whole = NULL;

  if (k == 0)
    return g_strdup_printf (_("%s No entry of C is filled yet."), shapes);
  dlm_matmul_step_entry (k, self->c->size2, &i, &j);
  terms = dlm_matmul_terms (self->op_a, self->op_b, i, j, gsl_matrix_get (self->c, i, j), MAX_TERMS);
  step = g_strdup_printf (_("Step %u of %u: entry (%u, %u) is row %u of %s times column %u of %s: %s."),
                          k, n_steps (self), i + 1, j + 1, i + 1, na, j + 1, nb, terms);
  if (self->c->size1 * self->c->size2 <= 36)
    whole = matrix_words (self->c);
  return g_strdup_printf ("%s %s%s%s", shapes, step, whole != NULL ? " C = " : "",
                          whole != NULL ? whole : "");
}

static char *
dlm_matmul_topic_describe (DlmTopic *topic)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  ensure_product (self);
  switch (self->view)
    {
    case DLM_MATMUL_VIEW_SIZES:
      return g_strdup (_("Six pairs of shapes. 5×2 times 2×7 is defined and gives 5×7. "
                         "2×7 times 5×2 is not defined (7 and 5 differ). 5×7 times 5×2 is not "
                         "defined (7 and 5 differ). The transpose, 7×5, times 5×2 is defined and "
                         "gives 7×2. 5×1 times 5×1 is not defined (1 and 5 differ). 1×5 times "
                         "5×1 is defined and gives 1×1, a single number."));
    case DLM_MATMUL_VIEW_RANDOM:
      {
        g_autofree char *note = NULL;
        ensure_random (self);
        note = commute_note (self);
        return g_strdup_printf (_("Random integer matrices A (%d×%d) and B (%d×%d) from seed %u; "
                                  "AB is %d×%d. %s A times the identity equals A."),
                                self->rows, self->inner, self->inner, self->cols,
                                dlm_topic_get_seed (topic), self->rows, self->cols, note);
      }
    case DLM_MATMUL_VIEW_STEPS:
    default:
      return describe_steps (self);
    }
}

static char *
dlm_matmul_topic_formula (DlmTopic *topic)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  if (self->view == DLM_MATMUL_VIEW_SIZES)
    return g_strdup ("(m×<b>n</b>) × (<b>n</b>×p) = m×p");
  return g_strdup ("c<sub>ij</sub> = Σ<sub>k</sub> a<sub>ik</sub> b<sub>kj</sub>");
}

static char *
dlm_matmul_topic_explanation (DlmTopic *topic)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  switch (self->view)
    {
    case DLM_MATMUL_VIEW_SIZES:
      return g_strdup (_("Two matrices can be multiplied when the inner sizes match: the first "
                         "one's columns must equal the second one's rows. The result takes the "
                         "outer sizes. When the sizes do not fit, transposing one factor "
                         "sometimes makes them fit."));
    case DLM_MATMUL_VIEW_RANDOM:
      return g_strdup (_("The order of the factors matters: BA is usually different from AB, and "
                         "may not even exist. The identity matrix I, ones on the diagonal, plays "
                         "the part of 1: AI = A. Change the seed for other matrices."));
    case DLM_MATMUL_VIEW_STEPS:
    default:
      return g_strdup (_("Entry (i, j) of C is the dot product of row i of A with column j of "
                         "B: multiply the pairs and add. C has as many rows as A and as many "
                         "columns as B. In NumPy, <tt>A @ B</tt> computes all of C."));
    }
}

static gboolean
dlm_matmul_topic_probe (DlmTopic *topic,
                        double    x,
                        double    y,
                        DlmProbe *probe)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  static const char *const names[N_GRIDS] = { "A", "B", "C" };

  for (guint k = 0; k < N_GRIDS; k++)
    {
      guint i, j;
      DlmRect r;
      g_autofree char *v = NULL;

      if (!dlm_grid_geometry_cell_at (&self->grids[k], x, y, &i, &j))
        continue;
      r = dlm_grid_geometry_cell_rect (&self->grids[k], i, j);
      probe->x = r.x + r.width / 2;
      probe->y = r.y + r.height / 2;
      v = dlm_format_short (gsl_matrix_get (self->shown[k], i, j), -1);
      /* TRANSLATORS: a hovered cell: "C, row 1, column 2: 28" */
      probe->text = g_strdup_printf (_("%s, row %u, column %u: %s"), names[k], i + 1, j + 1, v);
      if (k == GRID_C && self->view == DLM_MATMUL_VIEW_STEPS)
        {
          g_autofree char *old = probe->text;
          g_autofree char *terms = dlm_matmul_terms (self->op_a, self->op_b, i, j,
                                                     gsl_matrix_get (self->c, i, j), MAX_TERMS);
          probe->text = g_strdup_printf ("%s (%s)", old, terms);
        }
      return TRUE;
    }
  return FALSE;
}

/* The cursor visits the cells of C, one row of C a row, reading them as
 * the probe does (in the steps view with their sums of products). */
static guint
dlm_matmul_topic_count_points (DlmTopic *topic,
                               guint    *row_length)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  const DlmGridGeometry *c = &self->grids[GRID_C];

  if (self->view == DLM_MATMUL_VIEW_SIZES)
    {
      *row_length = 2;
      return self->sizes_valid ? G_N_ELEMENTS (size_cases) : 0;
    }
  *row_length = c->cols;
  return c->valid ? c->rows * c->cols : 0;
}

static gboolean
dlm_matmul_topic_get_point (DlmTopic *topic,
                            guint     index,
                            DlmProbe *point)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  const DlmGridGeometry *c = &self->grids[GRID_C];
  DlmRect r;

  if (self->view == DLM_MATMUL_VIEW_SIZES)
    {
      g_autofree char *verdict = size_verdict_text (index);

      point->x = self->size_x[index];
      point->y = self->size_y[index];
      /* TRANSLATORS: "A × B, (5×2) × (2×7): ✓ The inner sizes match: the result is 5×7" */
      point->text = g_strdup_printf (_("%s × %s, (%u×%u) × (%u×%u): %s"),
                                     size_cases[index].a_name, size_cases[index].b_name,
                                     size_cases[index].a_rows, size_cases[index].a_cols,
                                     size_cases[index].b_rows, size_cases[index].b_cols, verdict);
      return TRUE;
    }
  r = dlm_grid_geometry_cell_rect (c, index / c->cols, index % c->cols);
  return dlm_matmul_topic_probe (topic, r.x + r.width / 2, r.y + r.height / 2, point);
}

/* ---- checks ------------------------------------------------------------ */

static gboolean
dlm_matmul_topic_check_text (DlmTopic    *topic,
                             GParamSpec  *pspec,
                             const char  *text,
                             GError     **error)
{
  g_autoptr(gsl_matrix) m = dlm_parse_matrix (pspec->name, text, DLM_PARSE_MAX_ENTRIES, error);

  return m != NULL;
}

/* The typed factors must fit (after the transposes) and give a C of at
 * most DLM_MATMUL_MAX_ENTRIES entries; the error names the field that was
 * changed last and both shapes. */
static gboolean
dlm_matmul_topic_check_state (DlmTopic  *topic,
                              GError   **error)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  const char *field = self->changed_field != NULL ? self->changed_field : "b";
  gsize ar = self->transpose_a ? self->a->size2 : self->a->size1;
  gsize ac = self->transpose_a ? self->a->size1 : self->a->size2;
  gsize br = self->transpose_b ? self->b->size2 : self->b->size1;
  gsize bc = self->transpose_b ? self->b->size1 : self->b->size2;

  if (!dlm_matmul_check_shapes (field, factor_name (self->transpose_a, "A"), ar, ac,
                                factor_name (self->transpose_b, "B"), br, bc, error))
    return FALSE;
  if (ar * bc > DLM_MATMUL_MAX_ENTRIES)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: C would be %llu×%llu, %llu entries; accepted: at most %d entries"),
                   field, (unsigned long long) ar, (unsigned long long) bc,
                   (unsigned long long) (ar * bc), DLM_MATMUL_MAX_ENTRIES);
      return FALSE;
    }
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------ */

static void
dlm_matmul_topic_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (object);

  switch (prop_id)
    {
    case PROP_A:           g_value_set_string (value, self->a_text); break;
    case PROP_B:           g_value_set_string (value, self->b_text); break;
    case PROP_STEP:        g_value_set_int (value, self->step); break;
    case PROP_TRANSPOSE_A: g_value_set_boolean (value, self->transpose_a); break;
    case PROP_TRANSPOSE_B: g_value_set_boolean (value, self->transpose_b); break;
    case PROP_VIEW:        g_value_set_enum (value, self->view); break;
    case PROP_ROWS:        g_value_set_int (value, self->rows); break;
    case PROP_INNER:       g_value_set_int (value, self->inner); break;
    case PROP_COLS:        g_value_set_int (value, self->cols); break;
    case PROP_SPEED:       g_value_set_double (value, self->speed); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_matmul_topic_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (object);

  switch (prop_id)
    {
    case PROP_A:
      set_matrix_text (self, "a", &self->a_text, &self->a, g_value_get_string (value), pspec);
      break;
    case PROP_B:
      set_matrix_text (self, "b", &self->b_text, &self->b, g_value_get_string (value), pspec);
      break;
    case PROP_STEP:        store (self, pspec, &self->step, value); break;
    case PROP_TRANSPOSE_A: store (self, pspec, &self->transpose_a, value); break;
    case PROP_TRANSPOSE_B: store (self, pspec, &self->transpose_b, value); break;
    case PROP_VIEW:        store (self, pspec, &self->view, value); break;
    case PROP_ROWS:        store (self, pspec, &self->rows, value); break;
    case PROP_INNER:       store (self, pspec, &self->inner, value); break;
    case PROP_COLS:        store (self, pspec, &self->cols, value); break;
    case PROP_SPEED:       store (self, pspec, &self->speed, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_matmul_topic_finalize (GObject *object)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (object);

  g_clear_pointer (&self->a_text, g_free);
  g_clear_pointer (&self->b_text, g_free);
  g_clear_pointer (&self->a, gsl_matrix_free);
  g_clear_pointer (&self->b, gsl_matrix_free);
  clear_product (self);
  clear_random (self);

  G_OBJECT_CLASS (dlm_matmul_topic_parent_class)->finalize (object);
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_A] =
    g_param_spec_string ("a", NULL, N_("a matrix of finite numbers, rows separated by ';' "
                                       "(\"1 3; 5 7\"), at most 10000 entries"),
                         "1 3; 5 7", flags);
  properties[PROP_B] =
    g_param_spec_string ("b", NULL, N_("a matrix of finite numbers with as many rows as A has "
                                       "columns, at most 10000 entries"),
                         "2 4; 6 8", flags);
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, N_("0 to 10000: entries of C filled so far; beyond their number, all"),
                      0, DLM_MATMUL_MAX_ENTRIES, 1, flags);
  properties[PROP_TRANSPOSE_A] =
    g_param_spec_boolean ("transpose-a", NULL, NULL, FALSE, flags);
  properties[PROP_TRANSPOSE_B] =
    g_param_spec_boolean ("transpose-b", NULL, NULL, FALSE, flags);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_MATMUL_VIEW, DLM_MATMUL_VIEW_STEPS, flags);
  properties[PROP_ROWS] =
    g_param_spec_int ("rows", NULL, NULL, 1, DLM_MATMUL_MAX_RANDOM_SIZE, 3, flags);
  properties[PROP_INNER] =
    g_param_spec_int ("inner", NULL, NULL, 1, DLM_MATMUL_MAX_RANDOM_SIZE, 3, flags);
  properties[PROP_COLS] =
    g_param_spec_int ("cols", NULL, NULL, 1, DLM_MATMUL_MAX_RANDOM_SIZE, 3, flags);
  properties[PROP_SPEED] =
    g_param_spec_double ("speed", NULL, NULL, 0.25, 4.0, 1.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_matmul_topic_class_init (DlmMatmulTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);

  object_class->finalize = dlm_matmul_topic_finalize;
  object_class->get_property = dlm_matmul_topic_get_property;
  object_class->set_property = dlm_matmul_topic_set_property;

  topic_class->id = "matmul";
  topic_class->slides_param = "view";
  topic_class->title = N_("Matrix multiplication");
  topic_class->check_text = dlm_matmul_topic_check_text;
  topic_class->check_state = dlm_matmul_topic_check_state;
  topic_class->render = dlm_matmul_topic_render;
  topic_class->write_csv = dlm_matmul_topic_write_csv;
  topic_class->write_summary = dlm_matmul_topic_write_summary;
  topic_class->describe = dlm_matmul_topic_describe;
  topic_class->formula = dlm_matmul_topic_formula;
  topic_class->explanation = dlm_matmul_topic_explanation;
  topic_class->probe = dlm_matmul_topic_probe;
  topic_class->count_points = dlm_matmul_topic_count_points;
  topic_class->get_point = dlm_matmul_topic_get_point;

  install_properties (object_class);
}

static void
dlm_matmul_topic_init (DlmMatmulTopic *self)
{
  self->speed = 1.0;
  self->rows = self->inner = self->cols = 3;
  self->step = 1;
  self->product_dirty = TRUE;
}

DlmTopic *
dlm_matmul_topic_new (void)
{
  return g_object_new (DLM_TYPE_MATMUL_TOPIC, NULL);
}

guint
dlm_matmul_topic_get_n_steps (DlmMatmulTopic *self)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), 0);
  return n_steps (self);
}

const gsl_matrix *
dlm_matmul_topic_get_product (DlmMatmulTopic *self)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), NULL);
  return current_product (self);
}

const gsl_matrix *
dlm_matmul_topic_get_random_a (DlmMatmulTopic *self)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), NULL);
  ensure_random (self);
  return self->ra;
}

const gsl_matrix *
dlm_matmul_topic_get_random_b (DlmMatmulTopic *self)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), NULL);
  ensure_random (self);
  return self->rb;
}

char *
dlm_matmul_topic_get_terms (DlmMatmulTopic *self,
                            guint           i,
                            guint           j)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), NULL);
  ensure_product (self);
  g_return_val_if_fail (i < self->c->size1 && j < self->c->size2, NULL);
  return dlm_matmul_terms (self->op_a, self->op_b, i, j, gsl_matrix_get (self->c, i, j), MAX_TERMS);
}
