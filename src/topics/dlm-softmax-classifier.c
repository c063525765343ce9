/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-format.h"
#include "dlm-softmax.h"
#include "dlm-softmax-private.h"

/* The classifier view: the course's three images, each scored over cat,
 * dog and horse, turned into probabilities at the topic's temperature. The
 * figure, its words, its CSV and its summary all read the same numbers. */

/* Image @k's class probabilities at the topic's temperature. */
static void
image_probabilities (DlmSoftmaxTopic *self,
                     guint            k,
                     double          *p)
{
  g_autoptr(GError) error = NULL;

  if (!dlm_softmax (dlm_softmax_class_logits[k], 3, self->temperature, p, &error))
    g_critical ("softmax of the example's logits failed: %s", error->message);
}

/* How many classes share image @k's largest probability. */
static guint
count_ties (const double *p)
{
  gsize best = dlm_argmax (p, 3);
  guint ties = 0;

  for (guint j = 0; j < 3; j++)
    ties += p[j] == p[best];
  return ties;
}

/* The title over an image's probabilities: the class it most likely
 * shows, or that two or more classes tie. */
static char *
prediction_title (const double *p,
                  const char   *const *names)
{
  gsize best = dlm_argmax (p, 3);

  if (count_ties (p) > 1)
    return g_strdup (_("Softmax σ(z): a tie"));
  /* TRANSLATORS: %s is a class name, "cat" */
  return g_strdup_printf (_("Softmax σ(z): most likely %s"), names[best]);
}

/* One column per image: its logits above (one scale for all three), its
 * class probabilities below (one 0 to 1 scale for all three). */
void
dlm_softmax_render_classifier (DlmSoftmaxTopic *self,
                               cairo_t         *cr,
                               const DlmTheme  *theme,
                               DlmRect          area)
{
  const char *names[3] = { _(dlm_softmax_class_names[0]), _(dlm_softmax_class_names[1]),
                           _(dlm_softmax_class_names[2]) };
  double gap = dlm_theme_px (theme, 28);
  double range[2];

  dlm_softmax_value_range (&dlm_softmax_class_logits[0][0], 9, &range[0], &range[1]);
  area = dlm_softmax_draw_outline_key (cr, theme, area, area.x + area.width / 2);
  for (guint k = 0; k < 3; k++)
    {
      DlmRect column = dlm_rect_column (area, 3, k, gap);
      DlmRect top = column, bottom = column;
      double p[3];
      /* TRANSLATORS: the title over one image's logits, "Image 1: logits z" */
      g_autofree char *title = g_strdup_printf (_("Image %u: logits z"), k + 1);
      g_autofree char *prediction = NULL;
      DlmSoftmaxBarPanel logits = { .title = title, .values = dlm_softmax_class_logits[k], .n = 3,
                          .color = &theme->series[0], .digits = DLM_DIGITS_COMPACT,
                          .highlight = -1, .labelled = -1, .range = range };
      DlmSoftmaxBarPanel probabilities = { .values = p, .n = 3, .color = &theme->series[2], .digits = 2,
                                 .probability = TRUE };

      image_probabilities (self, k, p);
      prediction = prediction_title (p, names);
      probabilities.title = prediction;
      probabilities.highlight = probabilities.labelled = (gssize) dlm_argmax (p, 3);
      top.height = column.height * 0.38;
      bottom.y += top.height + gap / 2;
      bottom.height = MAX (column.height - top.height - gap / 2, 1);
      dlm_softmax_draw_bar_panel (cr, theme, top, names, &logits);
      self->panels[k] = dlm_softmax_draw_bar_panel (cr, theme, bottom, names, &probabilities);
    }
}


/* One row per image: its three logits and, at the current temperature,
 * its three probabilities and the class predicted (the first of a tie,
 * as argmax returns it). Class names stay untranslated: scripts read them. */
void
dlm_softmax_classifier_csv (DlmSoftmaxTopic *self,
                            GString         *out)
{
  g_string_append (out, "index,image,logit_cat,logit_dog,logit_horse,"
                        "probability_cat,probability_dog,probability_horse,prediction\n");
  for (guint k = 0; k < 3; k++)
    {
      double p[3];

      image_probabilities (self, k, p);
      g_string_append_printf (out, "%u,%u", k, k + 1);
      for (guint j = 0; j < 3; j++)
        {
          g_string_append_c (out, ',');
          dlm_format_number (out, dlm_softmax_class_logits[k][j]);
        }
      for (guint j = 0; j < 3; j++)
        {
          g_string_append_c (out, ',');
          dlm_format_number (out, p[j]);
        }
      g_string_append_printf (out, ",%s\n", dlm_softmax_class_names[dlm_argmax (p, 3)]);
    }
}

/* Per image (counted from 1, as the figure titles them): the predicted
 * class, its probability, and how many classes share it. */
void
dlm_softmax_classifier_summary (DlmSoftmaxTopic *self,
                                GString         *out)
{
  for (guint k = 0; k < 3; k++)
    {
      double p[3];
      gsize best;
      g_autofree char *prediction = g_strdup_printf ("image%u_prediction", k + 1);
      g_autofree char *max = g_strdup_printf ("image%u_max_probability", k + 1);
      g_autofree char *ties = g_strdup_printf ("image%u_ties", k + 1);

      image_probabilities (self, k, p);
      best = dlm_argmax (p, 3);
      dlm_summary_add_string (out, prediction, dlm_softmax_class_names[best]);
      dlm_summary_add_number (out, max, p[best]);
      dlm_summary_add_number (out, ties, count_ties (p));
    }
}

/* "cat and dog": the classes that share the largest probability. */
static char *
tied_names (const double *p)
{
  gsize best = dlm_argmax (p, 3);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *s = g_string_new (NULL);

  for (guint j = 0; j < 3; j++)
    if (p[j] == p[best])
      g_ptr_array_add (names, (gpointer) _(dlm_softmax_class_names[j]));
  for (guint j = 0; j < names->len; j++)
    {
      if (j > 0)
        /* TRANSLATORS: between the names of classes that tie, "cat and dog" */
        g_string_append (s, j + 1 == names->len ? _(" and ") : ", ");
      g_string_append (s, g_ptr_array_index (names, j));
    }
  return g_string_free (s, FALSE);
}

/* "image 1 gives 0.71, 0.26, 0.04 (cat most likely)" at the current
 * temperature. */
static char *
image_text (DlmSoftmaxTopic *self,
            guint            k)
{
  double p[3];
  g_autofree char *p0 = NULL, *p1 = NULL, *p2 = NULL, *names = NULL;

  image_probabilities (self, k, p);
  /* as the bars are labelled: a tiny probability reads 0.00 */
  p0 = dlm_format_fixed (p[0], 2);
  p1 = dlm_format_fixed (p[1], 2);
  p2 = dlm_format_fixed (p[2], 2);
  names = tied_names (p);
  if (count_ties (p) > 1)
    /* TRANSLATORS: "image 3 gives 0.49, 0.49, 0.02 (a tie between cat and dog)" */
    return g_strdup_printf (_("image %u gives %s, %s, %s (a tie between %s)"), k + 1, p0, p1, p2, names);
  /* TRANSLATORS: "image 1 gives 0.71, 0.26, 0.04 (cat most likely)" */
  return g_strdup_printf (_("image %u gives %s, %s, %s (%s most likely)"), k + 1, p0, p1, p2, names);
}

char *
dlm_softmax_classifier_describe (DlmSoftmaxTopic *self)
{
  g_autofree char *t = dlm_format_short (self->temperature, -1);
  g_autofree char *i1 = image_text (self, 0), *i2 = image_text (self, 1), *i3 = image_text (self, 2);

  /* TRANSLATORS: the temperature, then the three class names, then three
   * "image 1 gives …" parts */
  return g_strdup_printf (_("Softmax at temperature %s of a classifier's logits for three images, "
                            "over %s, %s and %s: %s; %s; %s."), t,
                          _(dlm_softmax_class_names[0]), _(dlm_softmax_class_names[1]),
                          _(dlm_softmax_class_names[2]), i1, i2, i3);
}
