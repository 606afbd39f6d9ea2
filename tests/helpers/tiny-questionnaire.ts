import { questionnaireSchema } from '../../src/questionnaire/schema.js';

/** Two sections, every scored type the tests need, a red flag and a text question. */
export const tinyQuestionnaire = questionnaireSchema().parse({
  id: 'tiny',
  version: 1,
  title: 'Tiny',
  scales: { agree: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] },
  rubric: [
    { min: 70, label: 'Strong' },
    { min: 50, label: 'Developing' },
    { min: 0, label: 'At risk' },
  ],
  sections: [
    {
      id: 's1',
      title: 'One',
      recommendations: { 'At risk': ['Fix one'], Developing: ['Develop one'] },
      questions: [
        { id: 'q1', text: 'Leaders set the example.', type: 'likert', scale: 'agree' },
        { id: 'q2', text: 'We cite policy to say no.', type: 'likert', scale: 'agree', reverse: true },
        { id: 'q3', text: 'Can staff refund?', type: 'yesno', critical: { atOrBelow: 0, message: 'No at q3' } },
      ],
    },
    {
      id: 's2',
      title: 'Two',
      questions: [
        { id: 'q4', text: 'How easy are we? (0-10)', type: 'rating', min: 0, max: 10 },
        { id: 'q5', text: 'What gets in the way?', type: 'text' },
      ],
    },
  ],
});
