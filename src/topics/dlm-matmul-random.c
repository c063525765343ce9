/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-format.h"
#include "dlm-matmul.h"
#include "dlm-matmul-private.h"
#include "dlm-parse.h"     /* g_autoptr (gsl_matrix) */

/* The random view: AB of seeded random matrices, BA beside it (when it
 * exists) and A times the identity. */

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

char *
dlm_matmul_commute_note (DlmMatmulTopic *self)
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
  g_autofree char *note = dlm_matmul_commute_note (self);
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

      dlm_matmul_grid_for_matrix (&grids[0], self->rb, "B");
      dlm_matmul_grid_for_matrix (&grids[1], self->ra, "A");
      dlm_matmul_grid_for_matrix (&grids[2], self->rba, "BA");
      for (guint k = 0; k < 3; k++)
        {
          grids[k].max_cell_size = 40;
          grids[k].hide_legend = TRUE;
        }
      dlm_matmul_draw_equation (cr, theme, grids, 3, ops, band, TRUE, out);
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
  dlm_matmul_grid_for_matrix (&grids[0], self->ra, "A");
  dlm_matmul_grid_for_matrix (&grids[1], identity, i_caption);
  dlm_matmul_grid_for_matrix (&grids[2], self->rai, "AI");
  for (guint k = 0; k < 3; k++)
    {
      grids[k].max_cell_size = 40;
      grids[k].hide_legend = TRUE;
    }
  dlm_matmul_draw_equation (cr, theme, grids, 3, ops, band, TRUE, out);
  note = count_differences (self->ra, self->rai) == 0
    ? g_strdup (_("AI = A: multiplying by the identity changes nothing."))
    : g_strdup (_("AI differs from A."));
  draw_note (cr, theme, r, note);
}

void
dlm_matmul_render_random (DlmMatmulTopic *self,
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

  dlm_matmul_ensure_random (self);
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

  dlm_matmul_grid_for_matrix (&grids[GRID_A], self->ra, "A");
  dlm_matmul_grid_for_matrix (&grids[GRID_B], self->rb, "B");
  dlm_matmul_grid_for_matrix (&grids[GRID_C], self->rc, "AB");
  for (guint k = 0; k < N_GRIDS; k++)
    self->shown[k] = k == GRID_A ? self->ra : k == GRID_B ? self->rb : self->rc;
  dlm_matmul_draw_equation (cr, theme, grids, N_GRIDS, ops, top, TRUE, self->grids);
  render_commute (self, cr, theme, dlm_rect_column (bottom, 2, 0, gap * 2), note_h);
  render_identity (self, cr, theme, dlm_rect_column (bottom, 2, 1, gap * 2), note_h);
}
