/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_blas.h>
#include <math.h>

#include "dlm-dot-private.h"
#include "dlm-format.h"

/* The matrix view: A, B and A ∘ B as grids, the Frobenius inner product
 * written out, and its products as bars. */

/* ---- matrix mode ---------------------------------------------------------- */

typedef struct {
  const gsl_matrix *m;
  const gsl_matrix *other;         /* for the products grid; NULL otherwise */
  const char       *name;
} Grid;

/* The largest |product| of the grid, to scale the cells' shading. */
static double
largest_product (const gsl_matrix *a,
                 const gsl_matrix *b)
{
  double largest = 0;

  for (gsize i = 0; i < a->size1; i++)
    for (gsize j = 0; j < a->size2; j++)
      largest = MAX (largest, fabs (gsl_matrix_get (a, i, j) * gsl_matrix_get (b, i, j)));
  return largest;
}

static void
draw_grid_cells (cairo_t        *cr,
                 const DlmTheme *theme,
                 const Grid     *grid,
                 double          x,
                 double          y,
                 double          cell)
{
  double largest = grid->other != NULL ? largest_product (grid->m, grid->other) : 0;

  for (gsize i = 0; i < grid->m->size1; i++)
    for (gsize j = 0; j < grid->m->size2; j++)
      {
        double value = gsl_matrix_get (grid->m, i, j);
        DlmRect r = { x + j * cell, y + i * cell, cell, cell };
        DlmDotCellStyle style = { NULL, 0, &theme->grid, 1, &theme->foreground };
        g_autofree char *t = NULL;

        if (grid->other != NULL)
          {
            value *= gsl_matrix_get (grid->other, i, j);
            style.fill = dlm_dot_sign_color (theme, value);
            /* light enough that the number reads at 4.5:1 on it */
            style.fill_alpha = largest > 0 ? 0.08 + 0.27 * fabs (value) / largest : 0;
          }
        t = dlm_dot_label (value);
        dlm_dot_draw_cell (cr, theme, r, t, &style);
      }
}

/* The side of a cell that lets every grid fit in its column. */
static double
grid_cell (const gsl_matrix *m,
           DlmRect           rect,
           double            h)
{
  double cell = MIN (rect.width / m->size2, rect.height / m->size1);

  return MIN (cell, 4 * h);
}

/* A grid of cells at the top of @rect, centred across it, framed, with its
 * name and shape above; returns its bottom edge. */
static double
draw_grid (cairo_t        *cr,
           const DlmTheme *theme,
           DlmRect         rect,
           double          cell,
           const Grid     *grid)
{
  double h, x, y = rect.y;
  g_autofree char *title = g_strdup_printf ("<b>%s</b>  <span size='smaller'>(%zu×%zu)</span>", grid->name,
                                            grid->m->size1, grid->m->size2);

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  x = rect.x + (rect.width - cell * grid->m->size2) / 2;
  dlm_text_draw (cr, theme, DLM_TEXT_BODY, NULL, rect.x + rect.width / 2, y, DLM_ANCHOR_NORTH, title);
  y += h * 1.6;
  draw_grid_cells (cr, theme, grid, x, y, cell);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, cell * grid->m->size2, cell * grid->m->size1);
  dlm_theme_set_color (cr, &theme->foreground);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  cairo_stroke (cr);
  cairo_restore (cr);
  return y + cell * grid->m->size1;
}

static char *
matrix_headline (DlmDotTopic *self)
{
  gsl_vector_const_view av = dlm_dot_entries (self->a), bv = dlm_dot_entries (self->b);
  g_autofree char *terms = NULL, *total = NULL;

  if (!dlm_dot_matrices_match (self))
    return g_strdup_printf (_("A is %zu×%zu, B is %zu×%zu: the Frobenius inner product needs two "
                              "matrices of the same shape"),
                            self->a->size1, self->a->size2, self->b->size1, self->b->size2);
  terms = dlm_dot_terms_text (av.vector.data, bv.vector.data, MIN (av.vector.size, 4));
  total = dlm_dot_label (dlm_dot_frobenius (self));
  return g_strdup_printf ("⟨A, B⟩<sub>F</sub> = Σ a<sub>ij</sub>b<sub>ij</sub> = %s%s = <b>%s</b>",
                          terms, av.vector.size > 4 ? " + …" : "", total);
}

/* "0 + 0 + 12 − 6 + 3 + 0 + 5 + 0 + 8 = 22": the products in reading order. */
static char *
products_sum_text (DlmDotTopic *self)
{
  gsize n = self->a->size1 * self->a->size2;
  g_autofree char *total = dlm_dot_label (dlm_dot_frobenius (self));
  GString *out = g_string_new (NULL);

  if (n > 16)
    {
      g_string_printf (out, _("The %zu products of A ∘ B add up to <b>%s</b>"), n, total);
      return g_string_free (out, FALSE);
    }
  for (gsize k = 0; k < n; k++)
    {
      double x = self->a->data[k] * self->b->data[k];
      g_autofree char *t = dlm_dot_label (fabs (x));

      if (k == 0)
        g_string_append_printf (out, "%s%s", x < 0 ? "−" : "", t);
      else
        g_string_append_printf (out, " %s %s", x < 0 ? "−" : "+", t);
    }
  g_string_append_printf (out, " = <b>%s</b>", total);
  return g_string_free (out, FALSE);
}

/* The Frobenius product is the dot product of the two matrices read row
 * by row: the same bars and running sum as for vectors, one per entry. */
static void
draw_matrix_products (DlmDotTopic    *self,
                      cairo_t        *cr,
                      const DlmTheme *theme,
                      DlmRect         rect)
{
  gsize rows = self->a->size1, cols = self->a->size2, n = rows * cols;
  g_auto(GStrv) names = g_new0 (char *, n + 1);
  g_autofree double *x = g_new (double, n), *y = g_new (double, n);
  DlmDotProducts l;

  for (gsize i = 0; i < rows; i++)
    for (gsize j = 0; j < cols; j++)
      {
        x[i * cols + j] = gsl_matrix_get (self->a, i, j);
        y[i * cols + j] = gsl_matrix_get (self->b, i, j);
        names[i * cols + j] = g_strdup_printf ("(%zu, %zu)", i + 1, j + 1);
      }
  dlm_dot_products_init (&l, x, n, y, n, n, -1);
  dlm_dot_draw_products (cr, theme, rect, &l, (const char *const *) names,
                         _("entry (i, j) of A ∘ B, row by row"), "⟨A, B⟩<sub>F</sub>");
  dlm_dot_products_clear (&l);
}

void
dlm_dot_render_matrix (DlmDotTopic    *self,
                       cairo_t        *cr,
                       const DlmTheme *theme,
                       DlmRect         area)
{
  gboolean match = dlm_dot_matrices_match (self);
  Grid grids[] = { { self->a, NULL, "A" }, { self->b, NULL, "B" }, { self->a, self->b, "A ∘ B" } };
  g_autofree char *headline = matrix_headline (self);
  double h, gap = dlm_theme_px (theme, 56), cell, bottom = 0;
  DlmRect row;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, match ? NULL : &theme->error, area.x, area.y,
                        DLM_ANCHOR_NORTH_WEST, area.width, headline);
  /* the grids take the top, the bars of their products the rest */
  row = (DlmRect) { area.x, area.y + h * 2.6, area.width,
                    MAX (match ? area.height * 0.45 - h * 4.2 : area.height - h * 7, h) };
  cell = grid_cell (self->a, dlm_rect_column (row, 3, 0, gap), h);
  cell = MIN (cell, grid_cell (self->b, dlm_rect_column (row, 3, 1, gap), h));
  for (guint k = 0; k < (match ? 3u : 2u); k++)
    {
      DlmRect r = dlm_rect_column (row, 3, k, gap);
      double mid = r.y + h * 1.6 + cell * grids[k].m->size1 / 2;

      bottom = MAX (bottom, draw_grid (cr, theme, r, cell, &grids[k]));
      self->grid_x = r.x + (r.width - cell * grids[k].m->size2) / 2;
      self->grid_y = r.y + h * 1.6;
      self->grid_cell = cell;
      self->grid_valid = TRUE;
      if (k > 0)
        dlm_text_draw (cr, theme, DLM_TEXT_HEADLINE, &theme->muted, r.x - gap / 2, mid,
                       DLM_ANCHOR_CENTER, k == 1 ? "∘" : "=");
    }
  if (match)
    {
      g_autofree char *sum = products_sum_text (self);
      DlmRect chart = { area.x, bottom + h * 3.6, area.width, area.y + area.height - bottom - h * 3.6 };

      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, area.x, bottom + h * 1.8,
                            DLM_ANCHOR_NORTH_WEST, area.width, sum);
      /* only where the bars and their legend both have room */
      if (chart.height >= 9 * h)
        draw_matrix_products (self, cr, theme, chart);
    }
}

/* ---- words ------------------------------------------------------------------ */

static double
frobenius_norm (const gsl_matrix *m)
{
  gsl_vector_const_view view = dlm_dot_entries (m);

  return gsl_blas_dnrm2 (&view.vector);
}

void
dlm_dot_matrix_write_csv (DlmDotTopic *self,
                          GString     *out)
{
  gboolean match = dlm_dot_matrices_match (self);
  gsize rows = MAX (self->a->size1, self->b->size1), cols = MAX (self->a->size2, self->b->size2);
  double sum = 0;

  /* index: the entry's place in np.ravel order; row and column count from 1 */
  g_string_append (out, "index,row,column,a,b,product,cumulative\n");
  for (gsize i = 0; i < rows; i++)
    for (gsize j = 0; j < cols; j++)
      {
        gboolean in_a = i < self->a->size1 && j < self->a->size2;
        gboolean in_b = i < self->b->size1 && j < self->b->size2;

        g_string_append_printf (out, "%zu,%zu,%zu,", i * cols + j, i + 1, j + 1);
        if (in_a)
          dlm_format_number (out, gsl_matrix_get (self->a, i, j));
        g_string_append_c (out, ',');
        if (in_b)
          dlm_format_number (out, gsl_matrix_get (self->b, i, j));
        g_string_append_c (out, ',');
        if (match)
          {
            double product = gsl_matrix_get (self->a, i, j) * gsl_matrix_get (self->b, i, j);

            sum += product;
            dlm_format_number (out, product);
            g_string_append_c (out, ',');
            dlm_format_number (out, sum);
          }
        else
          g_string_append_c (out, ',');
        g_string_append_c (out, '\n');
      }
}

void
dlm_dot_matrix_write_summary (DlmDotTopic *self,
                              GString     *out)
{
  dlm_summary_add_number (out, "rows_a", self->a->size1);
  dlm_summary_add_number (out, "columns_a", self->a->size2);
  dlm_summary_add_number (out, "rows_b", self->b->size1);
  dlm_summary_add_number (out, "columns_b", self->b->size2);
  dlm_summary_add_number (out, "shape_mismatch", !dlm_dot_matrices_match (self));
  if (!dlm_dot_matrices_match (self))
    return;
  dlm_summary_add_number (out, "frobenius", dlm_dot_frobenius (self));
  dlm_summary_add_number (out, "norm_a", frobenius_norm (self->a));
  dlm_summary_add_number (out, "norm_b", frobenius_norm (self->b));
}

/* "[[0, 3, 2], [−3, −3, 1]]", or NULL for a matrix too big to listen to. */
static char *
matrix_words (const gsl_matrix *m)
{
  GString *s;

  if (m->size1 * m->size2 > 36)
    return NULL;
  s = g_string_new ("[");
  for (gsize i = 0; i < m->size1; i++)
    for (gsize j = 0; j < m->size2; j++)
      {
        g_autofree char *t = dlm_dot_label (gsl_matrix_get (m, i, j));

        g_string_append (s, j > 0 ? ", " : i > 0 ? "], [" : "[");
        g_string_append (s, t);
      }
  g_string_append (s, "]]");
  return g_string_free (s, FALSE);
}

/* @words, then the entries of A and B while they are few. */
static char *
describe_matrix_entries (DlmDotTopic *self,
                         char        *words)
{
  g_autofree char *owned = words, *a = matrix_words (self->a), *b = matrix_words (self->b);

  if (a == NULL || b == NULL)
    return g_steal_pointer (&owned);
  return g_strdup_printf ("%s A = %s, B = %s.", owned, a, b);
}

static char *
describe_matrix (DlmDotTopic *self)
{
  g_autofree char *dot = NULL;

  if (!dlm_dot_matrices_match (self))
    return g_strdup_printf (_("Matrix A (%zu×%zu) and matrix B (%zu×%zu) side by side. They have "
                              "different shapes, so no Frobenius inner product is given."),
                            self->a->size1, self->a->size2, self->b->size1, self->b->size2);
  dot = dlm_dot_label (dlm_dot_frobenius (self));
  return g_strdup_printf (_("Matrices A and B, both %zu×%zu, and a third grid holding the product of "
                            "each pair of matching entries. Below, the same products as bars, row "
                            "by row, with their running sum: they add up to %s, the Frobenius "
                            "inner product of A and B."),
                          self->a->size1, self->a->size2, dot);
}

char *
dlm_dot_matrix_describe (DlmDotTopic *self)
{
  return describe_matrix_entries (self, describe_matrix (self));
}
