/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "dlm-error.h"
#include "dlm-notebook.h"
#include "dlm-topic-registry.h"

static void
check (const char *markup,
       const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *md = dlm_notebook_markdown (markup, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (md, ==, expected);
}

/* Subscripts and superscripts become Unicode where every character has a
 * form, HTML where one lacks it or an element is nested. */
static void
test_scripts (void)
{
  check ("x<sub>i</sub> + x<sub>12</sub>", "xᵢ + x₁₂");
  check ("e<sup>2x</sup>, A<sup>T</sup>", "e²ˣ, Aᵀ");
  check ("e<sup>z/T</sup>", "e<sup>z/T</sup>");
  check ("x<sub>y</sub>", "x<sub>y</sub>");
  check ("e<sup>z<sub>i</sub></sup>", "e<sup>zᵢ</sup>");
  check ("σ(z)<sub>i</sub> = e<sup>z<sub>i</sub></sup> ⁄ Σ<sub>j</sub> e<sup>z<sub>j</sub></sup>",
         "σ(z)ᵢ = e<sup>zᵢ</sup> ⁄ Σⱼ e<sup>zⱼ</sup>");
  check ("x<sup></sup>", "x<sup></sup>");
}

/* Entities decoded, then what Markdown or HTML would read as syntax
 * escaped; emphasis and code kept, other tags dropped. */
static void
test_text (void)
{
  check ("a &lt; b &amp;&amp; c &gt; d", "a &lt; b &amp;&amp; c &gt; d");
  check ("2 * 3 * x_1 costs $5 [sic] a|b `c` \\", "2 \\* 3 \\* x\\_1 costs \\$5 \\[sic\\] a\\|b \\`c\\` \\\\");
  check ("<i>x</i> and <b>y</b> in <tt>np.dot(x_1, y)</tt>", "*x* and **y** in `np.dot(x_1, y)`");
  check ("Run<tt>import numpy as np\nnp.random.seed(42)</tt>then",
         "Run\n\n```python\nimport numpy as np\nnp.random.seed(42)\n```\n\nthen");
  check ("<span foreground=\"red\">red</span> &#8722;1", "red −1");
  check ("", "");
}

static void
test_invalid (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *md = dlm_notebook_markdown ("a <sub>b", &error);

  g_assert_null (md);
  g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE);
}

static void
check_parses (DlmTopic *topic)
{
  g_autofree char *formula = dlm_topic_get_formula (topic);
  g_autofree char *explanation = dlm_topic_get_explanation (topic);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = dlm_notebook_markdown (formula, &error);
  g_autofree char *b = NULL;

  g_assert_no_error (error);
  b = dlm_notebook_markdown (explanation, &error);
  g_assert_no_error (error);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
}

/* Every topic's formula and explanation, in every view, is markup the
 * converter reads. */
static void
test_topics (void)
{
  guint n;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);
      g_auto(GStrv) views = dlm_topic_list_slides (topic);

      check_parses (topic);
      for (guint v = 0; views[v] != NULL; v++)
        {
          g_autofree char *set = g_strdup_printf ("%s=%s",
                                                  DLM_TOPIC_GET_CLASS (topic)->slides_param,
                                                  views[v]);
          const char *sets[] = { set, NULL };
          g_autoptr(GError) error = NULL;

          /* a view may refuse the defaults (dummy coding of three
           * categories): it then shows the last view's words */
          if (dlm_topic_apply (topic, sets, &error))
            check_parses (topic);
          else
            g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/notebook/markdown/scripts", test_scripts);
  g_test_add_func ("/notebook/markdown/text", test_text);
  g_test_add_func ("/notebook/markdown/invalid", test_invalid);
  g_test_add_func ("/notebook/markdown/topics", test_topics);
  return g_test_run ();
}
