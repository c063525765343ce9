/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-format.h"
#include "dlm-matmul.h"
#include "dlm-matmul-private.h"

/* The steps view: C = AB filled one entry at a time, the row and the
 * column that make it outlined, the terms written out; and the drawing of
 * matrices in a row that the random view uses too. */

/* ---- drawing helpers ---------------------------------------------------- */

char *
dlm_matmul_color_hex (const DlmColor *c)
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
  g_autofree char *hex = dlm_matmul_color_hex (&text);

  return g_strdup_printf ("<span foreground=\"%s\"><b>%s</b></span>", hex, markup);
}

void
dlm_matmul_grid_for_matrix (DlmMatrixGrid    *grid,
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

/* "×" or "=" between two matrices, large enough to read from the back of
 * a room. */
void
dlm_matmul_draw_operator (cairo_t        *cr,
                          const DlmTheme *theme,
                          double          x,
                          double          y,
                          const char     *op)
{
  dlm_text_draw (cr, theme, DLM_TEXT_HEADLINE, &theme->muted, x, y, DLM_ANCHOR_CENTER, op);
}

/* n grids in a row with an operator between each two ("×", "="), all with
 * one cell size, centred in @band. */
void
dlm_matmul_draw_equation (cairo_t           *cr,
                          const DlmTheme    *theme,
                          DlmMatrixGrid     *grids,
                          guint              n,
                          const char *const *ops,
                          DlmRect            band,
                          gboolean           paint,
                          DlmGridGeometry   *out)
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
        dlm_matmul_draw_operator (cr, theme, x + op_w / 2, out[k].cells.y + out[k].cells.height / 2, ops[k]);
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
  return g_strdup_printf ("C = %s%s", dlm_matmul_factor_name (self->transpose_a, "A"),
                          dlm_matmul_factor_name (self->transpose_b, "B"));
}

/* Under the matrices: which step this is, which row meets which column,
 * and the products written out. */
static void
draw_step_text (DlmMatmulTopic  *self,
                cairo_t         *cr,
                const DlmTheme  *theme,
                DlmRect          box,
                const StepStyle *st)
{
  const char *na = dlm_matmul_factor_name (self->transpose_a, "A"), *nb = dlm_matmul_factor_name (self->transpose_b, "B");
  g_autofree char *line1 = NULL, *row = NULL, *col = NULL, *terms = NULL, *rule = NULL;
  g_autofree char *row_text = NULL, *col_text = NULL, *entry_text = NULL, *entry = NULL;
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
  /* TRANSLATORS: "entry (1, 2) of C", the entry being computed */
  entry_text = g_strdup_printf (_("entry (%u, %u) of C"), st->i + 1, st->j + 1);
  /* each in the colour of its outline: the words are the key to them */
  row = colored (theme, &theme->series[0], row_text);
  col = colored (theme, &theme->series[2], col_text);
  entry = colored (theme, &theme->highlight, entry_text);
  /* TRANSLATORS: "Step 2 of 4: entry (1, 2) of C is row 1 of A times column 2 of B" */
  line1 = g_strdup_printf (_("Step %u of %u: %s is %s times %s"),
                           st->filled, dlm_matmul_n_steps (self), entry, row, col);
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
  dlm_matmul_draw_equation (cr, theme, grids, N_GRIDS, ops, *band, FALSE, out);
  for (guint k = 0; k < N_GRIDS; k++)
    grids_h = MAX (grids_h, out[k].bounds.height);
  band->y = area.y + MAX ((area.height - grids_h - 4 * gap - text_h) / 2, 0);
  band->height = grids_h;
  *text = area;
  text->y = band->y + grids_h + 4 * gap;
  text->height = text_h;
}

void
dlm_matmul_render_steps (DlmMatmulTopic *self,
                         cairo_t        *cr,
                         const DlmTheme *theme,
                         DlmRect         area)
{
  g_autofree char *c_caption = product_caption (self);
  const char *ops[] = { TIMES, "=" };
  DlmMatrixGrid grids[N_GRIDS];
  StepStyle styles[N_GRIDS];
  DlmRect band = area, text = area;
  StepStyle st = { theme, 0, FALSE, 0, 0, dlm_matmul_filled (self), self->c->size2, TRUE, { { 0 } } };

  st.active = st.filled > 0;
  if (st.active)
    dlm_matmul_step_entry (st.filled, self->c->size2, &st.i, &st.j);
  st.tints[GRID_A] = dlm_color_with_alpha (&theme->series[0], 0.16);
  st.tints[GRID_B] = dlm_color_with_alpha (&theme->series[2], 0.16);
  st.tints[GRID_C] = dlm_color_with_alpha (&theme->highlight, 0.18);

  dlm_matmul_grid_for_matrix (&grids[GRID_A], self->op_a, dlm_matmul_factor_name (self->transpose_a, "A"));
  dlm_matmul_grid_for_matrix (&grids[GRID_B], self->op_b, dlm_matmul_factor_name (self->transpose_b, "B"));
  dlm_matmul_grid_for_matrix (&grids[GRID_C], self->c, c_caption);
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
  dlm_matmul_draw_equation (cr, theme, grids, N_GRIDS, ops, band, TRUE, self->grids);
  step_outlines (self, cr, theme, &st);
  draw_step_text (self, cr, theme, text, &st);
}
