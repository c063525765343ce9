/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-format.h"
#include "dlm-transpose-private.h"

/* Matrices written out as grids, side by side with words between them:
 * the rules view, the vector view and the result beside the flip. */

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

DlmMatrixGrid
dlm_transpose_grid_of (const gsl_matrix *m,
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
void
dlm_transpose_draw_terms (DlmTransposeTopic *self,
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
    grids[k] = styled != NULL ? styled[k] : dlm_transpose_grid_of (terms[k].matrix, terms[k].caption);
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

DlmRect
dlm_transpose_titled (cairo_t        *cr,
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

  rect = dlm_transpose_titled (cr, theme, rect, _("<b>Transposing twice gives A back</b>: (A<sup>T</sup>)<sup>T</sup> = A"));
  dlm_transpose_draw_terms (self, cr, theme, rect, terms, G_N_ELEMENTS (terms), NULL);
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

  rect = dlm_transpose_titled (cr, theme, rect, title);
  dlm_transpose_draw_terms (self, cr, theme, rect, terms, G_N_ELEMENTS (terms), NULL);
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
  DlmMatrixGrid grid = dlm_transpose_grid_of (s, caption);
  Term term = { s, caption, self->symmetric ? "A" : "AᵀA", NULL };

  dlm_transpose_row_palette (theme, &palette);
  grid.style = symmetric_style;
  grid.style_data = &palette;
  rect = dlm_transpose_titled (cr, theme, rect, self->symmetric
                 ? _("<b>A is symmetric</b>:\nrow k equals column k")
                 : _("<b>A symmetric matrix</b>: A<sup>T</sup>A\nalways is; row k equals column k"));
  dlm_transpose_draw_terms (self, cr, theme, rect, &term, 1, &grid);
}

void
dlm_transpose_render_rules (DlmTransposeTopic *self,
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

void
dlm_transpose_render_vector (DlmTransposeTopic *self,
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
  dlm_transpose_draw_stage (self, cr, theme, dlm_transpose_titled (cr, theme, left, _("<b>Column vector ↔ row vector</b> (v is A's first column)")),
              self->v, "v", "v<sup>T</sup>");
  right = dlm_transpose_titled (cr, theme, right, _("<b>v<sup>T</sup>v is a scalar</b>: (1 × n) · (n × 1) = 1 × 1"));
  right.height *= 0.75;
  dlm_transpose_draw_terms (self, cr, theme, right, product, G_N_ELEMENTS (product), NULL);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, right.x, right.y + right.height + gap,
                        DLM_ANCHOR_NORTH_WEST, right.width, sum);
}
