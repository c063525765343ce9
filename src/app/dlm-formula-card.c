/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-formula-card.h"

/* The key formula of a topic in type large enough for the back of a
 * classroom, with a few sentences that say what it means. Both texts are
 * Pango markup (subscripts, superscripts). */
struct _DlmFormulaCard
{
  GtkWidget  parent_instance;

  DlmTopic  *topic;
  double     zoom;

  GtkLabel  *formula_label;
  GtkLabel  *explanation_label;
};

enum {
  PROP_0,
  PROP_TOPIC,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlmFormulaCard, dlm_formula_card, GTK_TYPE_WIDGET)

/* Gap between formula and explanation, and the narrowest explanation
 * column worth putting beside the formula. */
#define SPACING                24
#define MIN_EXPLANATION_WIDTH  280

GtkWidget *
dlm_formula_card_new (void)
{
  return g_object_new (DLM_TYPE_FORMULA_CARD, NULL);
}

/* The card takes the keyboard focus so that a screen reader user reaches
 * it with Tab like the plot; its description is the formula and the
 * explanation as plain text (the labels' text without markup). */
static void
update_accessible_description (DlmFormulaCard *self)
{
  g_autofree char *text = g_strdup_printf ("%s. %s", gtk_label_get_text (self->formula_label),
                                           gtk_label_get_text (self->explanation_label));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
}

static void
dlm_formula_card_update (DlmFormulaCard *self)
{
  g_autofree char *formula = NULL;
  g_autofree char *explanation = NULL;

  if (self->topic != NULL)
    {
      formula = dlm_topic_get_formula (self->topic);
      explanation = dlm_topic_get_explanation (self->topic);
    }

  /* Comparing first keeps the labels from relayouting on every change. */
  if (g_strcmp0 (formula ? formula : "", gtk_label_get_label (self->formula_label)) != 0)
    gtk_label_set_markup (self->formula_label, formula ? formula : "");

  if (g_strcmp0 (explanation ? explanation : "", gtk_label_get_label (self->explanation_label)) != 0)
    gtk_label_set_markup (self->explanation_label, explanation ? explanation : "");

  update_accessible_description (self);
}

DlmTopic *
dlm_formula_card_get_topic (DlmFormulaCard *self)
{
  g_return_val_if_fail (DLM_IS_FORMULA_CARD (self), NULL);

  return self->topic;
}

void
dlm_formula_card_set_topic (DlmFormulaCard *self,
                            DlmTopic       *topic)
{
  g_return_if_fail (DLM_IS_FORMULA_CARD (self));
  g_return_if_fail (!topic || DLM_IS_TOPIC (topic));

  if (self->topic == topic)
    return;

  if (self->topic != NULL)
    g_signal_handlers_disconnect_by_func (self->topic, dlm_formula_card_update, self);

  g_set_object (&self->topic, topic);

  if (topic != NULL)
    g_signal_connect_object (topic, "changed", G_CALLBACK (dlm_formula_card_update),
                             self, G_CONNECT_SWAPPED);

  dlm_formula_card_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
}

double
dlm_formula_card_get_zoom (DlmFormulaCard *self)
{
  g_return_val_if_fail (DLM_IS_FORMULA_CARD (self), 1.0);

  return self->zoom;
}

/* Scales both texts on top of the style's sizes, as the figure's zoom
 * scales its type: a Pango scale attribute merges with the markup's
 * own sizes (subscripts stay smaller). */
void
dlm_formula_card_set_zoom (DlmFormulaCard *self,
                           double          zoom)
{
  g_autoptr(PangoAttrList) attrs = NULL;

  g_return_if_fail (DLM_IS_FORMULA_CARD (self));
  g_return_if_fail (zoom > 0);

  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  if (zoom != 1.0)
    {
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_scale_new (zoom));
    }
  gtk_label_set_attributes (self->formula_label, attrs);
  gtk_label_set_attributes (self->explanation_label, attrs);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

const char *
dlm_formula_card_get_formula (DlmFormulaCard *self)
{
  g_return_val_if_fail (DLM_IS_FORMULA_CARD (self), NULL);

  return gtk_label_get_label (self->formula_label);
}

const char *
dlm_formula_card_get_explanation (DlmFormulaCard *self)
{
  g_return_val_if_fail (DLM_IS_FORMULA_CARD (self), NULL);

  return gtk_label_get_label (self->explanation_label);
}

static int
measure_height (GtkLabel *label,
                int       width)
{
  int height;

  gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_VERTICAL, MAX (width, 0),
                      NULL, &height, NULL, NULL);
  return height;
}

/* A formula must not wrap: beside its explanation when there is room and
 * that makes the card no taller than stacking them would (with large
 * type a narrow explanation column grows tall and leaves the figure no
 * room), above it otherwise. Sets *height to the card's height. */
static gboolean
dlm_formula_card_use_row (DlmFormulaCard *self,
                          int             width,
                          int            *formula_width,
                          int            *height)
{
  int stacked, row;

  gtk_widget_measure (GTK_WIDGET (self->formula_label), GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, formula_width, NULL, NULL);
  stacked = measure_height (self->formula_label, width) + SPACING / 2
          + measure_height (self->explanation_label, width);
  if (width < *formula_width + SPACING + MIN_EXPLANATION_WIDTH)
    {
      *height = stacked;
      return FALSE;
    }

  row = MAX (measure_height (self->formula_label, *formula_width),
             measure_height (self->explanation_label, width - *formula_width - SPACING));
  *height = MIN (row, stacked);
  return row <= stacked;
}

static void
dlm_formula_card_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  DlmFormulaCard *self = DLM_FORMULA_CARD (widget);
  int f_min, f_nat, e_min, e_nat, width, formula_width;

  gtk_widget_measure (GTK_WIDGET (self->formula_label), GTK_ORIENTATION_HORIZONTAL, -1,
                      &f_min, &f_nat, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->explanation_label), GTK_ORIENTATION_HORIZONTAL, -1,
                      &e_min, &e_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (f_min, e_min);
      *natural = f_nat + SPACING + e_nat;
      return;
    }

  /* The card can shrink to its formula alone: the explanation is the
   * first thing to go when the figure needs the height (large type on a
   * projector). */
  width = for_size < 0 ? f_nat + SPACING + e_nat : for_size;
  dlm_formula_card_use_row (self, width, &formula_width, natural);
  *minimum = MIN (*natural, measure_height (self->formula_label, width));
}

static void
dlm_formula_card_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DlmFormulaCard *self = DLM_FORMULA_CARD (widget);
  int formula_width, card_height, f_h, e_h, e_w;
  gboolean row = dlm_formula_card_use_row (self, width, &formula_width, &card_height);

  /* Given less than the whole card, show the formula alone, centred. */
  gtk_widget_set_child_visible (GTK_WIDGET (self->explanation_label), height >= card_height);
  if (height < card_height)
    {
      f_h = measure_height (self->formula_label, width);
      gtk_widget_size_allocate (GTK_WIDGET (self->formula_label),
                                &(GtkAllocation) { 0, (height - f_h) / 2, width, f_h }, -1);
      return;
    }

  if (row)
    {
      e_w = width - formula_width - SPACING;
      f_h = measure_height (self->formula_label, formula_width);
      e_h = measure_height (self->explanation_label, e_w);
      gtk_widget_size_allocate (GTK_WIDGET (self->formula_label),
                                &(GtkAllocation) { 0, (height - f_h) / 2, formula_width, f_h }, -1);
      gtk_widget_size_allocate (GTK_WIDGET (self->explanation_label),
                                &(GtkAllocation) { formula_width + SPACING, (height - e_h) / 2, e_w, e_h }, -1);
      return;
    }

  f_h = measure_height (self->formula_label, width);
  e_h = measure_height (self->explanation_label, width);
  gtk_widget_size_allocate (GTK_WIDGET (self->formula_label),
                            &(GtkAllocation) { 0, 0, width, f_h }, -1);
  gtk_widget_size_allocate (GTK_WIDGET (self->explanation_label),
                            &(GtkAllocation) { 0, f_h + SPACING / 2, width, e_h }, -1);
}

static GtkSizeRequestMode
dlm_formula_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dlm_formula_card_dispose (GObject *object)
{
  DlmFormulaCard *self = (DlmFormulaCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_FORMULA_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->topic);

  G_OBJECT_CLASS (dlm_formula_card_parent_class)->dispose (object);
}

static void
dlm_formula_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlmFormulaCard *self = DLM_FORMULA_CARD (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_formula_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DlmFormulaCard *self = DLM_FORMULA_CARD (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      dlm_formula_card_set_topic (self, g_value_get_object (value));
      break;

    case PROP_ZOOM:
      dlm_formula_card_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_formula_card_class_init (DlmFormulaCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_formula_card_dispose;
  object_class->get_property = dlm_formula_card_get_property;
  object_class->set_property = dlm_formula_card_set_property;

  widget_class->measure = dlm_formula_card_measure;
  widget_class->size_allocate = dlm_formula_card_size_allocate;
  widget_class->get_request_mode = dlm_formula_card_get_request_mode;

  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL,
                         DLM_TYPE_TOPIC,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         0.1, 10.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-formula-card.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmFormulaCard, formula_label);
  gtk_widget_class_bind_template_child (widget_class, DlmFormulaCard, explanation_label);
  gtk_widget_class_set_css_name (widget_class, "formulacard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dlm_formula_card_init (DlmFormulaCard *self)
{
  self->zoom = 1.0;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}
