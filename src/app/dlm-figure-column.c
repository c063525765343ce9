/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-figure-column.h"

/* The figure column of a topic page (its children, from the template:
 * the plot view, then the formula card): the plot on top, taking whatever
 * height is left, and the formula card below it. The card may take at
 * most MAX_CARD_SHARE of the height; when it would need more, it shows
 * its formula alone, so that large type (zoom, presentation) never
 * squeezes the figure to a strip. */
#define SPACING         12
#define MAX_CARD_SHARE  0.3

struct _DlmFigureColumn
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (DlmFigureColumn, dlm_figure_column, GTK_TYPE_WIDGET)

GtkWidget *
dlm_figure_column_new (void)
{
  return g_object_new (DLM_TYPE_FIGURE_COLUMN, NULL);
}

static void
dlm_figure_column_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  int n_visible = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation, orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1,
                          &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          *minimum += child_min;
          *natural += child_nat;
        }
      n_visible++;
    }

  if (orientation == GTK_ORIENTATION_VERTICAL && n_visible > 1)
    {
      *minimum += SPACING * (n_visible - 1);
      *natural += SPACING * (n_visible - 1);
    }
}

/* The card's height: all it asks for when that is within its share and
 * leaves the plot its minimum height, else its own minimum (the formula
 * alone), so the figure gets the rest. */
static int
card_height (GtkWidget *plot,
             GtkWidget *card,
             int        width,
             int        height)
{
  int minimum, natural, plot_minimum;

  gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  gtk_widget_measure (plot, GTK_ORIENTATION_VERTICAL, width, &plot_minimum, NULL, NULL, NULL);
  if (natural <= height * MAX_CARD_SHARE && height - natural - SPACING >= plot_minimum)
    return natural;
  return minimum;
}

static void
dlm_figure_column_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  GtkWidget *plot = gtk_widget_get_first_child (widget);
  GtkWidget *card = plot ? gtk_widget_get_next_sibling (plot) : NULL;
  int card_h = 0;

  g_return_if_fail (plot != NULL);

  if (card != NULL && gtk_widget_should_layout (card))
    {
      card_h = card_height (plot, card, width, height);
      gtk_widget_size_allocate (card, &(GtkAllocation) { 0, height - card_h, width, card_h }, -1);
      card_h += SPACING;
    }
  gtk_widget_size_allocate (plot, &(GtkAllocation) { 0, 0, width, MAX (height - card_h, 0) }, -1);
}

static GtkSizeRequestMode
dlm_figure_column_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dlm_figure_column_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dlm_figure_column_parent_class)->dispose (object);
}

static void
dlm_figure_column_class_init (DlmFigureColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_figure_column_dispose;
  widget_class->measure = dlm_figure_column_measure;
  widget_class->size_allocate = dlm_figure_column_size_allocate;
  widget_class->get_request_mode = dlm_figure_column_get_request_mode;
}

static void
dlm_figure_column_init (DlmFigureColumn *self)
{
}
