/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <math.h>

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
  GtkLabel  *line_probe;         /* never shown: one line of explanation */
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
#define MIN_FORMULA_SCALE      0.6
/* Room kept for this many lines of explanation, so that the card (and so
 * the figure above it) has the same height on every topic. */
#define EXPLANATION_LINES      4

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

/* GTK 4.8 merges a label's attributes into those of its markup when it
 * lays the text out, so attributes taken away stay in effect (the text
 * would keep the zoom it had); parsing the markup again drops them. */
static void
set_label_attributes (GtkLabel      *label,
                      PangoAttrList *attrs)
{
  g_autofree char *markup = g_strdup (gtk_label_get_label (label));

  gtk_label_set_attributes (label, attrs);
  gtk_label_set_markup (label, "");
  gtk_label_set_markup (label, markup);
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
  set_label_attributes (self->formula_label, attrs);
  set_label_attributes (self->explanation_label, attrs);
  set_label_attributes (self->line_probe, attrs);
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

/* The formula is one line: it never wraps mid-expression. Narrower than
 * the line it is scaled down, to MIN_FORMULA_SCALE at most (below that
 * it is no longer legible from a desk); narrower still, the card shows
 * the explanation alone (the card's accessible description keeps the
 * formula). A cut formula would say something false, so it is never
 * ellipsized. */
typedef struct {
  double   scale;
  gboolean shown;
  int      label_width;   /* the label's own (unscaled) width */
  int      label_height;
  int      width;         /* on screen, scaled */
  int      height;
} FormulaFit;

/* The height kept for the formula's line whatever its scripts: a line of
 * plain text in its type, and half as much again for sub- and superscripts,
 * so that cards of different topics have the same height. */
static int
formula_slot_height (DlmFormulaCard *self)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->formula_label), "Xg");
  int height;

  pango_layout_set_attributes (layout, gtk_label_get_attributes (self->formula_label));
  pango_layout_get_pixel_size (layout, NULL, &height);
  return (int) ceil (height * 1.5);
}

static void
dlm_formula_card_fit_formula (DlmFormulaCard *self,
                              int             width,
                              FormulaFit     *fit)
{
  int natural_width;

  gtk_widget_measure (GTK_WIDGET (self->formula_label), GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, &natural_width, NULL, NULL);
  fit->label_height = measure_height (self->formula_label, -1);
  fit->label_width = natural_width;
  fit->scale = natural_width > width && natural_width > 0 ? (double) width / natural_width : 1.0;
  fit->shown = fit->scale >= MIN_FORMULA_SCALE && natural_width > 0;
  fit->width = fit->shown ? (int) ceil (natural_width * fit->scale) : 0;
  fit->height = fit->shown ? MAX ((int) ceil (fit->label_height * fit->scale),
                                   formula_slot_height (self)) : 0;
}

static void
dlm_formula_card_allocate_formula (DlmFormulaCard   *self,
                                   const FormulaFit *fit,
                                   int               x,
                                   double            y)
{
  GskTransform *transform;

  /* hidden, it is still allocated, as GTK expects of every child */
  gtk_widget_set_child_visible (GTK_WIDGET (self->formula_label), fit->shown);
  if (!fit->shown)
    {
      gtk_widget_allocate (GTK_WIDGET (self->formula_label), fit->label_width, fit->label_height, -1, NULL);
      return;
    }

  /* centred in the height kept for it */
  y += (fit->height - fit->label_height * fit->scale) / 2;
  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y));
  transform = gsk_transform_scale (transform, fit->scale, fit->scale);
  gtk_widget_allocate (GTK_WIDGET (self->formula_label), fit->label_width, fit->label_height,
                       -1, transform);
}

/* The card's height on every topic: the formula's line above
 * EXPLANATION_LINES lines of explanation (a line's height in the
 * explanation's style and zoom, from a hidden label). A card that needs
 * more grows; one that needs less is centred in it. */
static int
dlm_formula_card_reserved_height (DlmFormulaCard *self)
{
  int line_height = measure_height (self->line_probe, -1);

  return formula_slot_height (self) + SPACING / 2 + EXPLANATION_LINES * line_height;
}

/* The formula beside its explanation when there is room for both at full
 * size and that makes the card no taller than stacking them would (with
 * large type a narrow explanation column grows tall and leaves the figure
 * no room), above it otherwise. Sets *height to the card's height. */
static gboolean
dlm_formula_card_use_row (DlmFormulaCard *self,
                          int             width,
                          FormulaFit     *fit,
                          int            *height)
{
  FormulaFit full;
  int stacked, row;

  dlm_formula_card_fit_formula (self, width, fit);
  stacked = fit->height + SPACING / 2 + measure_height (self->explanation_label, width);
  dlm_formula_card_fit_formula (self, G_MAXINT / 2, &full);
  if (width < full.width + SPACING + MIN_EXPLANATION_WIDTH)
    {
      *height = MAX (stacked, dlm_formula_card_reserved_height (self));
      return FALSE;
    }

  row = MAX (full.height, measure_height (self->explanation_label, width - full.width - SPACING));
  *height = MAX (MIN (row, stacked), dlm_formula_card_reserved_height (self));
  if (row > stacked)
    return FALSE;

  *fit = full;
  return TRUE;
}

double
dlm_formula_card_get_formula_scale (DlmFormulaCard *self)
{
  FormulaFit fit;
  int height;

  g_return_val_if_fail (DLM_IS_FORMULA_CARD (self), 1.0);

  dlm_formula_card_use_row (self, gtk_widget_get_width (GTK_WIDGET (self)), &fit, &height);
  return fit.shown ? fit.scale : 0.0;
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
  int f_nat, e_min, e_nat, width;
  FormulaFit fit;

  gtk_widget_measure (GTK_WIDGET (self->formula_label), GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, &f_nat, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->explanation_label), GTK_ORIENTATION_HORIZONTAL, -1,
                      &e_min, &e_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* the formula shrinks and ellipsizes: it never widens the window */
      *minimum = e_min;
      *natural = f_nat + SPACING + e_nat;
      return;
    }

  /* The card can shrink to its formula alone: the explanation is the
   * first thing to go when the figure needs the height (large type on a
   * projector). */
  width = for_size < 0 ? f_nat + SPACING + e_nat : for_size;
  dlm_formula_card_use_row (self, width, &fit, natural);
  dlm_formula_card_fit_formula (self, width, &fit);
  *minimum = MIN (*natural, fit.height);
}

static void
dlm_formula_card_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DlmFormulaCard *self = DLM_FORMULA_CARD (widget);
  FormulaFit fit;
  int card_height, e_h, e_w, top;
  gboolean row = dlm_formula_card_use_row (self, width, &fit, &card_height);

  /* never shown, but allocated, as GTK expects of every child */
  gtk_widget_allocate (GTK_WIDGET (self->line_probe), width, measure_height (self->line_probe, width), -1, NULL);

  /* Given less than the whole card, show the formula alone, centred. */
  gtk_widget_set_child_visible (GTK_WIDGET (self->explanation_label), height >= card_height);
  if (height < card_height)
    {
      dlm_formula_card_fit_formula (self, width, &fit);
      dlm_formula_card_allocate_formula (self, &fit, (width - fit.width) / 2, (height - fit.height) / 2);
      gtk_widget_allocate (GTK_WIDGET (self->explanation_label), width,
                           measure_height (self->explanation_label, width), -1, NULL);
      return;
    }

  if (row)
    {
      e_w = width - fit.width - SPACING;
      e_h = measure_height (self->explanation_label, e_w);
      dlm_formula_card_allocate_formula (self, &fit, 0, (height - fit.height) / 2);
      gtk_widget_size_allocate (GTK_WIDGET (self->explanation_label),
                                &(GtkAllocation) { fit.width + SPACING, (height - e_h) / 2, e_w, e_h }, -1);
      return;
    }

  /* stacked, the pair centred in the room kept for the explanation */
  e_h = measure_height (self->explanation_label, width);
  top = MAX ((height - fit.height - SPACING / 2 - e_h) / 2, 0);
  dlm_formula_card_allocate_formula (self, &fit, (width - fit.width) / 2, top);
  gtk_widget_size_allocate (GTK_WIDGET (self->explanation_label),
                            &(GtkAllocation) { 0, top + fit.height + SPACING / 2, width, e_h }, -1);
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
  gtk_widget_class_bind_template_child (widget_class, DlmFormulaCard, line_probe);
  gtk_widget_class_set_css_name (widget_class, "formulacard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dlm_formula_card_init (DlmFormulaCard *self)
{
  self->zoom = 1.0;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_child_visible (GTK_WIDGET (self->line_probe), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}
