/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test"

#include "config.h"

#include <locale.h>

#include "dlm-topic-registry.h"

/* Every topic names an enum slides parameter with at least two views, and
 * each slide is a value of that parameter: presentation mode steps through
 * them with PageDown/PageUp. A view may depend on the data (encoding's
 * dummy coding needs two categories): presentation mode skips what the
 * topic refuses, so at least two views must apply with the defaults. */
static void
test_slides_valid (void)
{
  guint n_topics;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);

  g_assert_cmpuint (n_topics, ==, 13);
  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);
      const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
      g_auto(GStrv) slides = dlm_topic_list_slides (topic);
      GParamSpec *pspec;
      guint n_shown = 0;

      g_test_message ("%s: %s", dlm_topic_get_id (topic), param);
      g_assert_nonnull (param);
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (topic), param);
      g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
      g_assert_cmpuint (g_strv_length (slides), >=, 2);

      for (guint j = 0; slides[j] != NULL; j++)
        {
          g_autoptr(GError) error = NULL;

          g_assert_nonnull (g_enum_get_value_by_nick (G_PARAM_SPEC_ENUM (pspec)->enum_class, slides[j]));
          for (guint k = 0; k < j; k++)
            g_assert_cmpstr (slides[k], !=, slides[j]);

          if (dlm_topic_set_param (topic, param, slides[j], &error))
            {
              g_autofree char *text = dlm_topic_get_param_text (topic, param);

              g_assert_cmpstr (text, ==, slides[j]);
              n_shown++;
            }
          else
            g_test_message ("  %s refused: %s", slides[j], error->message);
        }
      g_assert_cmpuint (n_shown, >=, 2);
    }
}

/* A topic without a slides parameter lists none, rather than failing. */
static void
test_slides_none (void)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new ("softmax");
  DlmTopicClass *klass = DLM_TOPIC_GET_CLASS (topic);
  const char *saved = klass->slides_param;
  g_auto(GStrv) slides = NULL;
  g_auto(GStrv) none = NULL;

  slides = dlm_topic_list_slides (topic);
  klass->slides_param = "no-such-parameter";
  none = dlm_topic_list_slides (topic);
  klass->slides_param = saved;

  g_assert_cmpuint (g_strv_length (slides), >=, 2);
  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/slides/valid", test_slides_valid);
  g_test_add_func ("/topics/slides/none", test_slides_none);

  return g_test_run ();
}
