// CloudFormation's short-form tags in a template read to exactly what their
// long forms read to, and the nodes under them keep their places in the file.
import { describe, expect, it } from 'vitest';
import { formatError, InputError } from '../../src/core/errors.js';
import { parseTemplate } from '../../src/load/read-template.js';

const short = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  Either: !Or [!Condition IsProd, !And [!Condition NotProd, !Equals [a, b]]]
Resources:
  F:
    Type: AWS::Serverless::Function
    Properties:
      MemorySize: !If [IsProd, 1024, !Ref AWS::NoValue]
      Role: !GetAtt Role.Arn
      Role2: !GetAtt [Role, Arn]
      Name: !Sub "\${AWS::StackName}-f"
      Name2: !Sub
        - "\${A}-x"
        - A: !Ref Env
      Joined: !Join [",", [a, b]]
      Picked: !Select [0, !GetAZs ""]
      Parts: !Split [",", "a,b"]
      Imported: !ImportValue shared-arn
      Mapped: !FindInMap [Sizes, !Ref "AWS::Region", Memory]
      Encoded: !Base64 hello
      Cidrs: !Cidr [10.0.0.0/16, 4, 8]
      Included: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }
      Text: !Ref 5
`;

const long = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: { Fn::Equals: [{ Ref: Env }, prod] }
  NotProd: { Fn::Not: [{ Condition: IsProd }] }
  Either: { Fn::Or: [{ Condition: IsProd }, { Fn::And: [{ Condition: NotProd }, { Fn::Equals: [a, b] }] }] }
Resources:
  F:
    Type: AWS::Serverless::Function
    Properties:
      MemorySize: { Fn::If: [IsProd, 1024, { Ref: AWS::NoValue }] }
      Role: { Fn::GetAtt: [Role, Arn] }
      Role2: { Fn::GetAtt: [Role, Arn] }
      Name: { Fn::Sub: "\${AWS::StackName}-f" }
      Name2: { Fn::Sub: ["\${A}-x", { A: { Ref: Env } }] }
      Joined: { Fn::Join: [",", [a, b]] }
      Picked: { Fn::Select: [0, { Fn::GetAZs: "" }] }
      Parts: { Fn::Split: [",", "a,b"] }
      Imported: { Fn::ImportValue: shared-arn }
      Mapped: { Fn::FindInMap: [Sizes, { Ref: AWS::Region }, Memory] }
      Encoded: { Fn::Base64: hello }
      Cidrs: { Fn::Cidr: [10.0.0.0/16, 4, 8] }
      Included: { Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://b/k } } }
      Text: { Ref: "5" }
`;

describe("CloudFormation's short-form tags", () => {
  it('read to the same data as the long forms', () => {
    const data = parseTemplate('t.yaml', short, 'sam').data as { Resources: { F: { Properties: Record<string, unknown> } } };
    expect(data).toEqual(parseTemplate('t.yaml', long, 'sam').data);
    // And to these, spelled out: a scalar under a tag stays text (!Ref 5 is "5"); !GetAtt splits at the dot.
    expect(data.Resources.F.Properties.MemorySize).toEqual({ 'Fn::If': ['IsProd', 1024, { Ref: 'AWS::NoValue' }] });
    expect(data.Resources.F.Properties.Role).toEqual({ 'Fn::GetAtt': ['Role', 'Arn'] });
    expect(data.Resources.F.Properties.Text).toEqual({ Ref: '5' });
    expect(Object.getPrototypeOf(data.Resources.F.Properties.Included)).toBe(Object.prototype);
  });

  it('any other local tag is read as a function of its name', () => {
    const data = parseTemplate('t.yaml', 'Resources:\n  A: !Foo bar\n  B: !Foo [1, x]\n  C: !Foo { a: 1 }\n  D: [!Foo "q"]\n', 'sam').data;
    expect(data).toEqual({ Resources: { A: { 'Fn::Foo': 'bar' }, B: { 'Fn::Foo': [1, 'x'] }, C: { 'Fn::Foo': { a: 1 } }, D: [{ 'Fn::Foo': 'q' }] } });
  });

  it('work with anchors and aliases', () => {
    const data = parseTemplate('t.yaml', 'Resources:\n  A: &ref !Ref Bucket\n  B: *ref\n  C: &pair !If [c, 1, 2]\n  D: *pair\n', 'sam').data;
    expect(data).toEqual({ Resources: { A: { Ref: 'Bucket' }, B: { Ref: 'Bucket' }, C: { 'Fn::If': ['c', 1, 2] }, D: { 'Fn::If': ['c', 1, 2] } } });
  });

  it('keep the places of the nodes under them, for the errors that name them', () => {
    const template = parseTemplate('t.yaml', short, 'sam');
    // A tagged node is where its content starts, after the tag.
    expect(template.locate(['Resources', 'F', 'Properties', 'MemorySize'])).toMatchObject({ line: 13, column: 23 });
    expect(template.locate(['Resources', 'F', 'Properties', 'MemorySize', 'Fn::If', 1])).toMatchObject({ line: 13, column: 32 });
    expect(template.locate(['Resources', 'F', 'Properties', 'Name2', 'Fn::Sub', 1, 'A'])).toMatchObject({ line: 19, column: 19 });
    expect(template.locate(['Resources', 'F', 'Properties', 'Name2', 'Fn::Sub', 1, 'A'], { key: true })).toMatchObject({ line: 19, column: 11 });
    // Into a tagged scalar's long form: the scalar.
    expect(template.locate(['Resources', 'F', 'Properties', 'Role', 'Fn::GetAtt', 0])).toMatchObject({ line: 14, column: 21 });
  });

  it('an error in a template is at its line and column', () => {
    let message = '';
    try {
      parseTemplate('t.yaml', 'Resources:\n  F: !If [a, b\n', 'sam');
    } catch (error) {
      message = formatError(error as InputError);
    }
    expect(message).toMatch(/^t\.yaml:3:1: invalid YAML: /);
  });

  it('a key written as one is refused at its line and column, not named "[object Object]"', () => {
    const refusal = (text: string) => {
      try {
        parseTemplate('t.yaml', text, 'sam');
      } catch (error) {
        return formatError(error as InputError);
      }
      return 'read';
    };
    expect(refusal('Resources:\n  !Ref Fn:\n    Type: AWS::Serverless::Function\n')).toMatch(/^t\.yaml:2:8: a key is written as the intrinsic function Ref: .*\(at Resources\)$/);
    expect(refusal('Resources:\n  F:\n    Properties:\n      Tags: [!Foo a: 1]\n')).toMatch(
      /^t\.yaml:4:19: a key is written as the intrinsic function Fn::Foo: .*\(at Resources\.F\.Properties\.Tags\[0\]\)$/,
    );
    // A tag's name is cut short as any name quoted back is: one of 100,000 characters was quoted whole.
    expect(refusal(`Resources:\n  ? !${'k'.repeat(100_000)} x\n  : 1\n`)).toContain(`the intrinsic function Fn::${'k'.repeat(36)}…: a key`);
    // A mapping or a list as a key is yaml's own text of it, as before.
    expect(parseTemplate('t.yaml', 'Resources:\n  ? [a, b]\n  : 1\n', 'sam').data).toEqual({ Resources: { '[ a, b ]': 1 } });
  });
});
