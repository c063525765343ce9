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
/* The code card, when there is one (the third child), sits below the
 * formula card. Open, it comes before the formula's explanation (and in
 * a short window before the formula card) but takes at most
 * MAX_CODE_SHARE of the height, and never the plot's minimum: its code
 * scrolls in whatever height it gets. Where even its header has no
 * room, it is left out. */
#define MAX_CODE_SHARE  0.4
#define CODE_INDEX      2

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
  int n_visible = 0, n_needed = 0, index = -1;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      index++;
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
      else if (index < CODE_INDEX)
        {
          *minimum += child_min;
          *natural += child_nat;
          n_needed++;
        }
      else
        {
          /* the code card is left out rather than make the window taller */
          *natural += child_nat;
        }
      n_visible++;
    }

  if (orientation == GTK_ORIENTATION_VERTICAL && n_visible > 1)
    {
      *minimum += SPACING * MAX (n_needed - 1, 0);
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

/* The code card's height: all it asks for within its share, less what
 * the plot's minimum and the formula card's minimum (the formula alone)
 * need. When that is less than the card's minimum, *keep_card is set to
 * FALSE if the card fits without the formula card, and 0 is returned if
 * it does not fit at all. */
static int
code_height (GtkWidget *plot,
             GtkWidget *card,
             GtkWidget *code,
             int        width,
             int        height,
             gboolean  *keep_card)
{
  int minimum, natural, plot_minimum, card_minimum = 0, share = height * MAX_CODE_SHARE, room;

  gtk_widget_measure (code, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  gtk_widget_measure (plot, GTK_ORIENTATION_VERTICAL, width, &plot_minimum, NULL, NULL, NULL);
  if (*keep_card)
    gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, width, &card_minimum, NULL, NULL, NULL);
  room = MIN (share, height - plot_minimum - SPACING - (*keep_card ? card_minimum + SPACING : 0));
  if (room >= minimum)
    return MIN (natural, room);

  room = MIN (share, height - plot_minimum - SPACING);
  *keep_card = FALSE;
  return room >= minimum ? MIN (natural, room) : 0;
}

/* A child left out is still allocated, as GTK expects of every child. */
static void
leave_out (GtkWidget *child,
           int        width)
{
  int minimum;

  gtk_widget_set_child_visible (child, FALSE);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
  gtk_widget_size_allocate (child, &(GtkAllocation) { 0, 0, width, minimum }, -1);
}

/* Allocates the code card at the foot of the column; returns the height
 * it takes, spacing included. */
static int
allocate_code (GtkWidget *plot,
               GtkWidget *card,
               GtkWidget *code,
               int        width,
               int        height,
               gboolean  *keep_card)
{
  int code_h = code_height (plot, card, code, width, height, keep_card);

  if (code_h == 0)
    {
      leave_out (code, width);
      return 0;
    }

  gtk_widget_set_child_visible (code, TRUE);
  gtk_widget_size_allocate (code, &(GtkAllocation) { 0, height - code_h, width, code_h }, -1);
  return code_h + SPACING;
}

static void
dlm_figure_column_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  GtkWidget *plot = gtk_widget_get_first_child (widget);
  GtkWidget *card = plot ? gtk_widget_get_next_sibling (plot) : NULL;
  GtkWidget *code = card ? gtk_widget_get_next_sibling (card) : NULL;
  int card_h = 0, code_h = 0;
  gboolean keep_card = card != NULL && gtk_widget_should_layout (card);

  g_return_if_fail (plot != NULL);

  if (code != NULL && gtk_widget_should_layout (code))
    code_h = allocate_code (plot, card, code, width, height, &keep_card);
  if (card != NULL && gtk_widget_should_layout (card) && !keep_card)
    leave_out (card, width);
  else if (keep_card)
    {
      gtk_widget_set_child_visible (card, TRUE);
      card_h = card_height (plot, card, width, height - code_h);
      gtk_widget_size_allocate (card, &(GtkAllocation) { 0, height - code_h - card_h, width, card_h }, -1);
      card_h += SPACING;
    }
  gtk_widget_size_allocate (plot, &(GtkAllocation) { 0, 0, width, MAX (height - code_h - card_h, 0) }, -1);
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
